package app.chris.core.call;

import java.time.Duration;
import java.util.Objects;

/**
 * Behaviour knobs of the conversation core. {@code holdAfter}: how long a tool or model may take before Chris
 * says a hold phrase; {@code modelTimeout}: when a model is abandoned for the next in the failover chain;
 * {@code failoverBudget}: how long a turn may wait for a first word from the remote models before the last
 * resort (the offline engine) answers, so a failing provider never keeps the caller waiting past it.
 */
public record AssistantSettings(
    Duration holdAfter, Duration modelTimeout, int maxVerificationAttempts, Duration failoverBudget) {
  /** The caller's silence budget is about 3 s; the offline engine answers in milliseconds after this. */
  public static final Duration DEFAULT_FAILOVER_BUDGET = Duration.ofMillis(2500);

  public AssistantSettings {
    Objects.requireNonNull(holdAfter, "holdAfter");
    Objects.requireNonNull(modelTimeout, "modelTimeout");
    Objects.requireNonNull(failoverBudget, "failoverBudget");
    if (maxVerificationAttempts < 1) {
      throw new IllegalArgumentException("maxVerificationAttempts must be at least 1");
    }
  }

  /** With the default failover budget (never longer than {@code modelTimeout}). */
  public AssistantSettings(Duration holdAfter, Duration modelTimeout, int maxVerificationAttempts) {
    this(holdAfter, modelTimeout, maxVerificationAttempts,
        modelTimeout.compareTo(DEFAULT_FAILOVER_BUDGET) < 0 ? modelTimeout : DEFAULT_FAILOVER_BUDGET);
  }

  public static AssistantSettings defaults() {
    return new AssistantSettings(Duration.ofMillis(700), Duration.ofSeconds(8), 3);
  }
}
