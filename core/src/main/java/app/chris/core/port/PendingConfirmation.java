package app.chris.core.port;

import java.util.Objects;

/**
 * A yes/no question the core has put to the caller and is waiting on (a read-back of a complaint, a proposed
 * address, a request summary, a fact to learn). {@code readBack} is exactly what Chris asked.
 */
public record PendingConfirmation(Kind kind, String readBack) {
  /** What a "yes" would confirm. */
  public enum Kind {
    COMPLAINT,
    ADDRESS,
    SERVICE_REQUEST,
    PERMISSION_TO_ENTER,
    KNOWLEDGE,
    IDENTITY,
    TRANSFER,
    ANYTHING_ELSE
  }

  public PendingConfirmation {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(readBack, "readBack");
  }
}
