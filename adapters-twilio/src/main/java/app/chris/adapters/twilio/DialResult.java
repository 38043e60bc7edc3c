package app.chris.adapters.twilio;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * {@code POST /twilio/dial-result}: the {@code <Dial>} of a transfer finished. After a real conversation the call
 * ends; when nobody answered, the caller hears why instead of silence. Thread-safe.
 */
public final class DialResult {
  static final String NOBODY_ANSWERED =
      "Sorry, nobody at the office could take your call right now. Please try again later. Goodbye.";
  private static final Set<String> CONNECTED = Set.of("completed", "answered");

  private final WebhookGate gate;

  public DialResult(WebhookGate gate) {
    this.gate = Objects.requireNonNull(gate, "gate");
  }

  public WebhookReply handle(WebhookRequest request) {
    Optional<WebhookReply.Refused> refused = gate.check(request);
    if (refused.isPresent()) {
      return refused.get();
    }
    boolean connected = request.field("DialCallStatus").filter(CONNECTED::contains).isPresent();
    return new WebhookReply.Twiml(connected ? TwilioTwiml.hangUp() : TwilioTwiml.sayThenHangUp(NOBODY_ANSWERED));
  }
}
