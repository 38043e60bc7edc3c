package app.chris.app;

import app.chris.adapters.rentmanager.RentManagerPortfolio;
import app.chris.app.api.ComponentStatus;
import app.chris.app.config.AppConfig;
import app.chris.core.port.LanguageModel;
import app.chris.core.port.PropertyDirectory;

/**
 * Readiness of the vendor-facing components. Unconfigured vendors are in their offline default. A configured
 * vendor whose adapter this build does not wire yet reports down, so {@code /ready} never claims a key is used
 * when it is not.
 */
final class VendorStatus {
  private static final String NOT_WIRED = "configured, but this build does not wire the adapter";

  private VendorStatus() {}

  /** {@code model} is the lineup's first choice; its name says which provider answers turns. */
  static ComponentStatus model(AppConfig config, LanguageModel model) {
    if (config.vendors().openAi().isEmpty() && config.vendors().xai().isEmpty()) {
      return ComponentStatus.offlineDefault("offline engine (" + model.name() + ")");
    }
    return ComponentStatus.up(model.name() + " first, then the failover chain ending in the offline engine");
  }

  /** Rent Manager is up once its snapshot has synced at least once; calls never wait on it after that. */
  static ComponentStatus propertySystem(AppConfig config, PropertyDirectory directory) {
    if (config.vendors().rentManager().isEmpty()) {
      return ComponentStatus.offlineDefault("local portfolio store");
    }
    if (!(directory instanceof RentManagerPortfolio)) {
      return ComponentStatus.down("Rent Manager " + NOT_WIRED);
    }
    return directory.version() > 0
        ? ComponentStatus.up("Rent Manager snapshot, " + directory.properties().size() + " properties")
        : ComponentStatus.down("Rent Manager not synced yet (retrying in the background)");
  }

  static ComponentStatus email(AppConfig config) {
    return config.vendors().sendGrid().isEmpty()
        ? ComponentStatus.offlineDefault("emails kept in the outbox, not sent: email not configured (they are sent "
            + "once SENDGRID_API_KEY and SENDGRID_FROM are set)")
        : ComponentStatus.up("SendGrid, delivered by the outbox worker");
  }
}
