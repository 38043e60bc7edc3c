package app.chris.app.dashboard;

import app.chris.app.config.DashboardSettings;
import app.chris.core.port.DashboardRole;
import app.chris.core.port.DashboardUser;
import app.chris.core.port.DashboardUsers;
import app.chris.core.security.Pins;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates the first admin from {@code DASHBOARD_ADMIN_USER} / {@code DASHBOARD_ADMIN_PASSWORD} when that account
 * does not exist yet. An existing account is left alone: its password is then managed on the dashboard.
 */
final class FirstAdmin {
  static final String CREATED_BY = "DASHBOARD_ADMIN_USER";
  private static final Logger LOG = LoggerFactory.getLogger(FirstAdmin.class);

  private FirstAdmin() {}

  static void ensure(DashboardSettings settings, DashboardUsers users, Clock clock) {
    if (settings.adminUser().isEmpty()) {
      return;
    }
    String name = DashboardUser.normalize(settings.adminUser().get());
    if (users.find(name).isPresent()) {
      LOG.info("Dashboard admin '{}' already exists; DASHBOARD_ADMIN_PASSWORD is not applied again", name);
      return;
    }
    users.add(new DashboardUser(name, DashboardRole.ADMIN, Pins.hash(settings.adminPassword().orElseThrow()),
        CREATED_BY, clock.instant()));
    LOG.info("Created dashboard admin '{}' from DASHBOARD_ADMIN_USER", name);
  }
}
