package app.chris.core.outbox;

import java.time.Duration;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * Jittered exponential backoff. After attempt n the ceiling is {@code min(max, base * 2^(n-1))} and the wait
 * is drawn from [ceiling/2, ceiling] ("equal jitter": rows that failed together spread out, yet the wait
 * still grows). A vendor's retry-after wins when it is longer. Not thread-safe beyond its random source.
 */
final class Backoff {
  private final long baseMillis;
  private final long maxMillis;
  private final RandomGenerator random;

  Backoff(Duration base, Duration max, RandomGenerator random) {
    this.baseMillis = base.toMillis();
    this.maxMillis = max.toMillis();
    this.random = random;
  }

  Duration after(int attempt, Optional<Duration> retryAfter) {
    long ceiling = ceilingMillis(attempt);
    long floor = ceiling / 2;
    long jittered = floor + Math.round(random.nextDouble() * (ceiling - floor));
    Duration wait = Duration.ofMillis(jittered);
    return retryAfter.filter(asked -> asked.compareTo(wait) > 0).orElse(wait);
  }

  /** The longest wait after {@code attempt} (1-based); doubling stops at the maximum without overflowing. */
  long ceilingMillis(int attempt) {
    long ceiling = baseMillis;
    for (int i = 1; i < attempt && ceiling < maxMillis; i++) {
      ceiling = ceiling > maxMillis / 2 ? maxMillis : ceiling * 2;
    }
    return Math.min(ceiling, maxMillis);
  }
}
