package app.chris.adapters.openai;

import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import okhttp3.Headers;

/**
 * Reads how long OpenAI asks us to wait: {@code retry-after-ms}, then {@code retry-after} (seconds or an HTTP
 * date), then the reset of an exhausted {@code x-ratelimit-*} budget (e.g. {@code 6s}, {@code 1m30s}, {@code 12ms}).
 */
final class RetryAfterHeaders {
  private static final Pattern PART = Pattern.compile("(\\d+(?:\\.\\d+)?)(ms|h|m|s)");

  private RetryAfterHeaders() {}

  static Optional<Duration> parse(Headers headers, Clock clock) {
    Optional<Duration> millis = number(headers.get("retry-after-ms")).map(ms -> Duration.ofMillis(ms.longValue()));
    if (millis.isPresent()) {
      return millis;
    }
    Optional<Duration> retryAfter = retryAfter(headers.get("retry-after"), clock);
    if (retryAfter.isPresent()) {
      return retryAfter;
    }
    return Stream.of("requests", "tokens")
        .filter(kind -> "0".equals(headers.get("x-ratelimit-remaining-" + kind)))
        .map(kind -> resetDuration(headers.get("x-ratelimit-reset-" + kind)))
        .flatMap(Optional::stream)
        .max(Duration::compareTo);
  }

  private static Optional<Duration> retryAfter(String value, Clock clock) {
    if (value == null) {
      return Optional.empty();
    }
    Optional<Double> seconds = number(value);
    if (seconds.isPresent()) {
      return Optional.of(Duration.ofMillis((long) (seconds.get() * 1000)));
    }
    try {
      ZonedDateTime at = ZonedDateTime.parse(value.strip(), DateTimeFormatter.RFC_1123_DATE_TIME);
      Duration wait = Duration.between(clock.instant(), at.toInstant());
      return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  static Optional<Duration> resetDuration(String value) {
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    Matcher matcher = PART.matcher(value.strip());
    double millis = 0;
    int end = 0;
    while (matcher.find() && matcher.start() == end) {
      double amount = Double.parseDouble(matcher.group(1));
      millis += amount * unitMillis(matcher.group(2));
      end = matcher.end();
    }
    return end == value.strip().length() ? Optional.of(Duration.ofMillis((long) millis)) : Optional.empty();
  }

  private static long unitMillis(String unit) {
    switch (unit) {
      case "h":
        return 3_600_000;
      case "m":
        return 60_000;
      case "s":
        return 1_000;
      default:
        return 1;
    }
  }

  private static Optional<Double> number(String value) {
    if (value == null) {
      return Optional.empty();
    }
    try {
      double parsed = Double.parseDouble(value.strip());
      return parsed >= 0 ? Optional.of(parsed) : Optional.empty();
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }
}
