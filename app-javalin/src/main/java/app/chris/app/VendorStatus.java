package app.chris.app;

import app.chris.app.api.ComponentStatus;
import app.chris.app.config.AppConfig;
import app.chris.core.port.LanguageModel;

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

  static ComponentStatus voice(AppConfig config) {
    return config.vendors().elevenLabs().isEmpty()
        ? ComponentStatus.offlineDefault("no voice: text channels only")
        : ComponentStatus.up("ElevenLabs voice " + config.vendors().elevenLabs().get().voiceId());
  }

  static ComponentStatus propertySystem(AppConfig config) {
    return config.vendors().rentManager().isEmpty()
        ? ComponentStatus.offlineDefault("local portfolio store")
        : ComponentStatus.down("Rent Manager " + NOT_WIRED);
  }

  static ComponentStatus email(AppConfig config) {
    return config.vendors().sendGrid().isEmpty()
        ? ComponentStatus.offlineDefault("emails kept in the outbox, not sent")
        : ComponentStatus.up("SendGrid, delivered by the outbox worker");
  }
}
