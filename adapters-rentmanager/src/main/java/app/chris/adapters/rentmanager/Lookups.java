package app.chris.adapters.rentmanager;

import app.chris.core.port.FailureKind;
import app.chris.core.port.PortException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Name-to-id lookups (Service Manager categories, priorities, statuses; history categories), read from the API
 * and cached; a name not in the cache reloads the list once, so ids renamed or added in Rent Manager are picked
 * up without a restart. Ids are never hard-coded: they differ per database. Thread-safe.
 */
final class Lookups {
  private final RentManagerClient client;
  private final Map<String, Map<String, Long>> cache = new ConcurrentHashMap<>();

  Lookups(RentManagerClient client) {
    this.client = client;
  }

  /** The id of {@code name} in {@code resource} (e.g. "/ServiceManagerCategories"), by case-insensitive name. */
  Optional<Long> find(String resource, String idField, String name) {
    String key = name.strip().toLowerCase(Locale.ROOT);
    Long id = cache.computeIfAbsent(resource, r -> load(r, idField)).get(key);
    if (id == null) {
      Map<String, Long> fresh = load(resource, idField);
      cache.put(resource, fresh);
      id = fresh.get(key);
    }
    return Optional.ofNullable(id);
  }

  long require(String resource, String idField, String name) {
    return find(resource, idField, name).orElseThrow(() -> new PortException(FailureKind.INVALID_REQUEST,
        "Rent Manager has no entry named '" + name + "' in " + resource + "; fix the configured names"));
  }

  private Map<String, Long> load(String resource, String idField) {
    Map<String, Long> byName = new HashMap<>();
    for (JsonNode row : client.list(resource, RentManagerQuery.NONE)) {
      String name = row.path("Name").asText("").strip().toLowerCase(Locale.ROOT);
      if (!name.isEmpty() && row.path(idField).canConvertToLong()) {
        byName.putIfAbsent(name, row.path(idField).asLong());
      }
    }
    return Map.copyOf(byName);
  }
}
