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

  static ComponentStatus model(AppConfig config, LanguageModel model) {
    if (config.vendors().openAi().isEmpty()) {
      return ComponentStatus.offlineDefault("offline engine (" + model.name() + ")");
    }
    return ComponentStatus.down("OpenAI " + NOT_WIRED);
  }

  static ComponentStatus voice(AppConfig config) {
    return config.vendors().elevenLabs().isEmpty()
        ? ComponentStatus.offlineDefault("no voice: text channels only")
        : ComponentStatus.down("ElevenLabs " + NOT_WIRED);
  }

  static ComponentStatus propertySystem(AppConfig config) {
    return config.vendors().rentManager().isEmpty()
        ? ComponentStatus.offlineDefault("local portfolio store")
        : ComponentStatus.down("Rent Manager " + NOT_WIRED);
  }

  static ComponentStatus email(AppConfig config) {
    return config.vendors().sendGrid().isEmpty()
        ? ComponentStatus.offlineDefault("emails kept in the outbox, not sent")
        : ComponentStatus.down("SendGrid " + NOT_WIRED);
  }
}
