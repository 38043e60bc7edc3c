package app.chris.app;

import app.chris.app.api.ComponentStatus;
import app.chris.app.api.Readiness;
import app.chris.app.config.AppConfig;
import app.chris.app.phone.PhoneLine;
import app.chris.core.port.LanguageModel;
import app.chris.core.voice.VoiceWarmUp;
import java.util.List;

/**
 * What {@code /ready} checks, one line per component (storage, model, voice, property system, email, outbox and
 * whether this server still takes calls), so the wiring of a context does not also spell out its health.
 */
final class ReadinessWiring {
  private ReadinessWiring() {}

  static Readiness readiness(AppConfig config, Stores stores, LanguageModel model, VoiceWiring.Voice voice,
      PhoneLine phone) {
    return new Readiness(List.of(
        new Readiness.Check("storage", () -> storageStatus(stores)),
        new Readiness.Check("model", () -> VendorStatus.model(config, model)),
        new Readiness.Check("voice", () -> VoiceWiring.status(config, voice.warmUp().map(VoiceWarmUp::status))),
        new Readiness.Check("propertySystem", () -> VendorStatus.propertySystem(config, stores.directory())),
        new Readiness.Check("email", () -> VendorStatus.email(config)),
        new Readiness.Check("outbox", () -> OutboxReadiness.of(stores.outbox())),
        new Readiness.Check("server", () -> phone.takingCalls() ? ComponentStatus.up("taking calls")
            : ComponentStatus.down("shutting down: " + phone.activeCalls() + " call(s) finishing"))));
  }

  private static ComponentStatus storageStatus(Stores stores) {
    stores.callLog().recent(1);
    return ComponentStatus.up(stores.callLog().getClass().getSimpleName());
  }
}
