package app.chris.adapters.rentmanager;

import java.util.Locale;
import java.util.Optional;

/** Chris's free-text category to a Service Manager category id: configured name, same name, else the default. */
final class IssueCategories {
  private IssueCategories() {}

  static long resolve(Lookups lookups, RentManagerSettings.IssueNames names, String category) {
    String wanted = names.categories().entrySet().stream()
        .filter(e -> e.getKey().equalsIgnoreCase(category.strip())).map(java.util.Map.Entry::getValue)
        .findFirst().orElse(category.strip().toLowerCase(Locale.ROOT));
    Optional<Long> id = wanted.isEmpty() ? Optional.empty()
        : lookups.find("/ServiceManagerCategories", "ServiceManagerCategoryID", wanted);
    return id.orElseGet(() -> lookups.require("/ServiceManagerCategories", "ServiceManagerCategoryID",
        names.defaultCategory()));
  }
}
