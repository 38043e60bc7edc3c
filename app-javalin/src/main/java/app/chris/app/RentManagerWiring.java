package app.chris.app;

import app.chris.adapters.rentmanager.RentManagerClient;
import app.chris.adapters.rentmanager.RentManagerPortfolio;
import app.chris.adapters.rentmanager.RentManagerPropertySystem;
import app.chris.adapters.rentmanager.RentManagerSettings;
import app.chris.adapters.rentmanager.RetryPolicy;
import app.chris.app.config.RentManagerNames;
import app.chris.app.config.Vendors;
import app.chris.core.port.PortException;
import app.chris.core.port.Priority;
import app.chris.core.port.PropertyDirectory;
import java.time.Clock;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import okhttp3.OkHttpClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * With Rent Manager configured, properties, units, tenants and balances come from it (a synced snapshot, refreshed
 * in the background) and work orders, call notes and prospects are written back to it; the company profile and
 * admins still come from the portfolio file (contracts/portfolio.md).
 */
final class RentManagerWiring {
  private static final Logger LOG = LoggerFactory.getLogger(RentManagerWiring.class);

  /** The two faces of one Rent Manager account. */
  record Parts(RentManagerPortfolio portfolio, RentManagerPropertySystem propertySystem) {}

  private RentManagerWiring() {}

  /** Configured names by Chris's priority; a priority left out keeps Rent Manager's stock name. */
  static RentManagerSettings.IssueNames issueNames(RentManagerNames names) {
    RentManagerSettings.IssueNames stock = RentManagerSettings.IssueNames.defaults();
    Map<Priority, String> priorities = new EnumMap<>(stock.priorities());
    names.priorities().forEach((ours, theirs) -> priorities.put(priority(ours), theirs));
    return new RentManagerSettings.IssueNames(names.categories(), names.defaultCategory(), priorities,
        names.newStatus(), names.callNoteCategory());
  }

  /** Keys were checked when the configuration was read. */
  private static Priority priority(String ours) {
    return Priority.valueOf(ours.toUpperCase(Locale.ROOT));
  }

  static Optional<Parts> open(Vendors vendors, PropertyDirectory local, Clock clock,
      ScheduledExecutorService scheduler) {
    return vendors.rentManager().map(rm -> {
      RentManagerSettings settings = rm.partnerToken()
          .map(token -> RentManagerSettings.partner(rm.baseUrl(), token))
          .orElseGet(() -> RentManagerSettings.login(rm.baseUrl(), rm.username(), rm.password()))
          .withLocation(rm.locationId())
          .withIssueNames(issueNames(rm.names()))
          .withSyncInterval(rm.names().syncInterval());
      RentManagerClient client = RentManagerClient.create(settings, new OkHttpClient());
      RentManagerPortfolio portfolio = new RentManagerPortfolio(client, local.company(), local.admins(), clock);
      try {
        portfolio.refresh();
      } catch (PortException e) {
        // Start anyway: /ready reports the property system down until a background sync succeeds.
        LOG.warn("First Rent Manager sync failed ({}); retrying in the background", e.kind());
      }
      portfolio.startSync(scheduler);
      return new Parts(portfolio, new RentManagerPropertySystem(client, clock, local.company().timeZone(),
          RetryPolicy.standard()));
    });
  }
}
