package app.chris.core.call;

import java.time.Duration;
import java.util.Objects;

/**
 * Behaviour knobs of the conversation core. {@code holdAfter}: how long a tool or model may take before Chris
 * says a hold phrase; {@code modelTimeout}: when a model is abandoned for the next in the failover chain.
 */
public record AssistantSettings(Duration holdAfter, Duration modelTimeout, int maxVerificationAttempts) {
  public AssistantSettings {
    Objects.requireNonNull(holdAfter, "holdAfter");
    Objects.requireNonNull(modelTimeout, "modelTimeout");
    if (maxVerificationAttempts < 1) {
      throw new IllegalArgumentException("maxVerificationAttempts must be at least 1");
    }
  }

  public static AssistantSettings defaults() {
    return new AssistantSettings(Duration.ofMillis(700), Duration.ofSeconds(8), 3);
  }
}
