package app.chris.core.port;

import java.time.Instant;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * How one caller turn was answered, for analytics: the model and why it was chosen, its first-token time, and
 * (on the phone) the caller's speech end to Chris's first audio frame. {@code escalated} marks a stronger model.
 */
public record TurnMetric(
    CallId callId,
    Instant at,
    String model,
    String reason,
    boolean escalated,
    long firstTokenMillis,
    OptionalLong firstAudioMillis) {

  public TurnMetric {
    Objects.requireNonNull(callId, "callId");
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(firstAudioMillis, "firstAudioMillis");
  }
}
