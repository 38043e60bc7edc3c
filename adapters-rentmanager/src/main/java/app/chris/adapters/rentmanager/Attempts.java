package app.chris.adapters.rentmanager;

import app.chris.core.port.PortException;
import java.util.function.Supplier;

/**
 * Retries a whole check-then-write step: each attempt first looks for what an earlier attempt may have saved
 * (the POST may have been stored even though its reply timed out), so a retry never writes twice.
 */
final class Attempts {
  private final RetryPolicy retry;

  Attempts(RetryPolicy retry) {
    this.retry = retry;
  }

  <T> T run(Supplier<T> step) {
    for (int attempt = 1; ; attempt++) {
      try {
        return step.get();
      } catch (PortException e) {
        if (!e.kind().retryable() || attempt >= retry.maxAttempts()) {
          throw e;
        }
        RetryPolicy.sleep(e.retryAfter().filter(d -> d.compareTo(retry.maxRateLimitWait()) <= 0)
            .orElse(retry.backoff(attempt)));
      }
    }
  }
}
