package app.chris.adapters.twilio;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * {@code POST /twilio/status}: verifies the callback, parses it and hands the update to {@code listener}
 * (e.g. to finish the call record). Answers empty TwiML. Thread-safe if the listener is.
 */
public final class CallStatusCallback {
  private final WebhookGate gate;
  private final Consumer<CallStatusUpdate> listener;

  public CallStatusCallback(WebhookGate gate, Consumer<CallStatusUpdate> listener) {
    this.gate = Objects.requireNonNull(gate, "gate");
    this.listener = Objects.requireNonNull(listener, "listener");
  }

  public WebhookReply handle(WebhookRequest request) {
    Optional<WebhookReply.Refused> refused = gate.check(request);
    if (refused.isPresent()) {
      return refused.get();
    }
    Optional<CallStatusUpdate> update = CallStatusUpdate.fromForm(request);
    if (update.isEmpty()) {
      return new WebhookReply.Refused(400, "missing CallSid or CallStatus");
    }
    listener.accept(update.get());
    return new WebhookReply.Twiml(TwilioTwiml.empty());
  }
}
