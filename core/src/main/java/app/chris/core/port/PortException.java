package app.chris.core.port;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * The one unchecked exception for infrastructure failures behind a port. Adapters translate vendor exceptions
 * and non-2xx responses into it; vendor types never cross into the core.
 */
public final class PortException extends RuntimeException {
  private final FailureKind kind;
  private final Duration retryAfter;

  public PortException(FailureKind kind, String message) {
    this(kind, message, null, null);
  }

  public PortException(FailureKind kind, String message, Throwable cause) {
    this(kind, message, cause, null);
  }

  public PortException(FailureKind kind, String message, Throwable cause, Duration retryAfter) {
    super(message, cause);
    this.kind = Objects.requireNonNull(kind, "kind");
    this.retryAfter = retryAfter;
  }

  public FailureKind kind() {
    return kind;
  }

  /** How long the vendor asked us to wait, when it said so (e.g. HTTP Retry-After). */
  public Optional<Duration> retryAfter() {
    return Optional.ofNullable(retryAfter);
  }
}
