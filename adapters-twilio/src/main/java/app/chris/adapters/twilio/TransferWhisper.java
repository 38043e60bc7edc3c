package app.chris.adapters.twilio;

import java.util.Objects;
import java.util.Optional;

/**
 * {@code /twilio/whisper?text=…}: the TwiML Twilio plays to the person who answers a transfer, before the
 * caller is bridged. The text travels in the (signed) query string. Thread-safe.
 */
public final class TransferWhisper {
  private final WebhookGate gate;

  public TransferWhisper(WebhookGate gate) {
    this.gate = Objects.requireNonNull(gate, "gate");
  }

  /** {@code text} is the decoded {@code text} query parameter; the request carries the raw query for the signature. */
  public WebhookReply handle(WebhookRequest request, Optional<String> text) {
    Optional<WebhookReply.Refused> refused = gate.check(request);
    if (refused.isPresent()) {
      return refused.get();
    }
    return new WebhookReply.Twiml(text.filter(t -> !t.isBlank()).map(TwilioTwiml::say).orElseGet(TwilioTwiml::empty));
  }
}
