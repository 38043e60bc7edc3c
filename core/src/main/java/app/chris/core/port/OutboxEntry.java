package app.chris.core.port;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** One stored outbox row with its delivery bookkeeping. */
public record OutboxEntry(
    long id,
    OutboxMessage message,
    OutboxStatus status,
    int attempts,
    Instant createdAt,
    Instant nextAttemptAt,
    Optional<String> lastError) {
  public OutboxEntry {
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(nextAttemptAt, "nextAttemptAt");
    Objects.requireNonNull(lastError, "lastError");
  }
}
