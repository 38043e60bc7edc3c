package app.chris.app.config;

import java.util.Objects;
import java.util.Optional;

/** The first dashboard admin; when absent, the dashboard is entered with the admin token. */
public record DashboardSettings(Optional<String> adminUser, Optional<String> adminPassword) {
  public DashboardSettings {
    Objects.requireNonNull(adminUser, "adminUser");
    Objects.requireNonNull(adminPassword, "adminPassword");
    if (adminUser.isPresent() != adminPassword.isPresent()) {
      throw new IllegalArgumentException("dashboard admin needs both a user and a password");
    }
  }

  public static DashboardSettings none() {
    return new DashboardSettings(Optional.empty(), Optional.empty());
  }

  @Override
  public String toString() {
    return "DashboardSettings[adminUser=" + adminUser.orElse("<unset>") + ", adminPassword="
        + Secrets.redact(adminPassword) + "]";
  }
}
