package app.chris.adapters.rentmanager;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import okhttp3.Response;

/**
 * Reads how long a 429 asks us to wait. The classic host sends {@code x-ratelimit-reset} as an epoch time
 * (seconds; milliseconds accepted too); some report {@code x-ratelimit-resettime}, Express a seconds-left
 * {@code X-RateTimeLeft}, and plain HTTP {@code Retry-After}. Whichever is present wins.
 */
final class RateLimits {
  private RateLimits() {}

  static Optional<Duration> waitFor(Response response, Clock clock) {
    Optional<Duration> epoch = epoch(response.header("x-ratelimit-reset"), clock)
        .or(() -> epoch(response.header("x-ratelimit-resettime"), clock));
    if (epoch.isPresent()) {
      return epoch;
    }
    return seconds(response.header("X-RateTimeLeft")).or(() -> seconds(response.header("Retry-After")));
  }

  private static Optional<Duration> epoch(String value, Clock clock) {
    Optional<Long> parsed = number(value);
    if (parsed.isEmpty()) {
      return Optional.empty();
    }
    long raw = parsed.get();
    long millis = raw > 100_000_000_000L ? raw : raw * 1000;
    long wait = millis - clock.millis();
    return Optional.of(Duration.ofMillis(Math.max(0, wait)));
  }

  private static Optional<Duration> seconds(String value) {
    return number(value).map(s -> Duration.ofSeconds(Math.max(0, s)));
  }

  private static Optional<Long> number(String value) {
    if (value == null) {
      return Optional.empty();
    }
    try {
      return Optional.of((long) Double.parseDouble(value.strip()));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }
}
