package app.chris.app.phone;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * How hard a call's {@link Ears} try: failures in a row before giving up, and the jittered backoff before each
 * new attempt (jitter keeps many calls that lost the same vendor from reconnecting in step).
 */
record EarsRetry(int attempts, Duration firstBackoff, Duration maxBackoff) {
  static final EarsRetry DEFAULT = new EarsRetry(4, Duration.ofMillis(250), Duration.ofSeconds(2));

  Duration backoff(int failures) {
    long millis = Math.min(maxBackoff.toMillis(), firstBackoff.toMillis() << Math.min(failures - 1, 16));
    return Duration.ofMillis((long) (millis * ThreadLocalRandom.current().nextDouble(0.8, 1.0)));
  }
}
