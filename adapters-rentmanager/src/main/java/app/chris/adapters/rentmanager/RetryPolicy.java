package app.chris.adapters.rentmanager;

import app.chris.core.port.FailureKind;
import app.chris.core.port.PortException;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * How often and how patiently to retry: exponential backoff with jitter (so many callers recovering at once
 * do not hammer Rent Manager in step), and the longest rate-limit reset we are willing to sleep for.
 */
public record RetryPolicy(int maxAttempts, Duration baseDelay, Duration maxRateLimitWait) {
  public RetryPolicy {
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("maxAttempts must be at least 1");
    }
    if (baseDelay.isNegative() || maxRateLimitWait.isNegative()) {
      throw new IllegalArgumentException("delays must not be negative");
    }
  }

  public static RetryPolicy standard() {
    return new RetryPolicy(4, Duration.ofMillis(250), Duration.ofSeconds(30));
  }

  Duration backoff(int attempt) {
    long cap = baseDelay.toMillis() << Math.min(attempt, 10);
    return Duration.ofMillis(cap <= 0 ? 0 : ThreadLocalRandom.current().nextLong(cap / 2, cap + 1));
  }

  static void sleep(Duration delay) {
    try {
      Thread.sleep(delay.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new PortException(FailureKind.UNAVAILABLE, "interrupted while waiting to retry Rent Manager", e);
    }
  }
}
