package app.chris.adapters.openai;

import java.time.Duration;
import java.util.Objects;

/**
 * Retry and circuit-breaker tuning for one chat provider. A voice turn has a silence budget of a few seconds, so
 * the defaults retry once and open the breaker after three failed turns in a row, for 30 seconds.
 */
public record OpenAiResilience(
    int maxRetries, Duration baseBackoff, Duration maxBackoff, int breakerThreshold, Duration breakerOpenFor) {

  public OpenAiResilience {
    Objects.requireNonNull(baseBackoff, "baseBackoff");
    Objects.requireNonNull(maxBackoff, "maxBackoff");
    Objects.requireNonNull(breakerOpenFor, "breakerOpenFor");
    if (maxRetries < 0 || breakerThreshold < 1) {
      throw new IllegalArgumentException("maxRetries >= 0 and breakerThreshold >= 1 required");
    }
    if (baseBackoff.isNegative() || maxBackoff.compareTo(baseBackoff) < 0) {
      throw new IllegalArgumentException("need 0 <= baseBackoff <= maxBackoff");
    }
  }

  public static OpenAiResilience defaults() {
    return new OpenAiResilience(1, Duration.ofMillis(250), Duration.ofSeconds(2), 3, Duration.ofSeconds(30));
  }

  /** Exponential backoff for the given retry (1-based), jittered into [0.75, 1] of the nominal wait. */
  Duration backoff(int retry, double jitter) {
    long nominal = baseBackoff.toMillis() << Math.min(retry - 1, 16);
    long capped = Math.min(nominal, maxBackoff.toMillis());
    return Duration.ofMillis((long) (capped * (0.75 + 0.25 * jitter)));
  }
}
