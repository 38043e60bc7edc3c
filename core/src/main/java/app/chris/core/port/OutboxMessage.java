package app.chris.core.port;

import java.util.Objects;
import java.util.Optional;

/** An effect waiting for delivery. The idempotency key is unique: enqueueing the same key twice keeps one row. */
public record OutboxMessage(String idempotencyKey, Optional<CallId> callId, Effect effect) {
  public OutboxMessage {
    Objects.requireNonNull(idempotencyKey, "idempotencyKey");
    Objects.requireNonNull(callId, "callId");
    Objects.requireNonNull(effect, "effect");
  }
}
