package app.chris.adapters.openai;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import okhttp3.Headers;
import org.junit.jupiter.api.Test;

class RetryAfterHeadersTest {
  private final Clock clock = Clock.fixed(Instant.parse("2026-11-25T17:00:00Z"), ZoneOffset.UTC);

  @Test
  void givenRetryAfterMsAndSeconds_parse_prefersMilliseconds() {
    Headers headers = Headers.of("retry-after-ms", "1500", "retry-after", "20");

    assertThat(RetryAfterHeaders.parse(headers, clock)).contains(Duration.ofMillis(1500));
  }

  @Test
  void givenRetryAfterAsHttpDate_parse_waitsUntilThatTime() {
    Headers headers = Headers.of("retry-after", "Wed, 25 Nov 2026 17:00:07 GMT");

    assertThat(RetryAfterHeaders.parse(headers, clock)).contains(Duration.ofSeconds(7));
  }

  @Test
  void givenExhaustedTokenBudget_parse_usesItsReset() {
    Headers headers = Headers.of(
        "x-ratelimit-remaining-requests", "12", "x-ratelimit-reset-requests", "2s",
        "x-ratelimit-remaining-tokens", "0", "x-ratelimit-reset-tokens", "1m30.5s");

    assertThat(RetryAfterHeaders.parse(headers, clock)).contains(Duration.ofMillis(90_500));
  }

  @Test
  void givenNoHints_parse_isEmpty() {
    assertThat(RetryAfterHeaders.parse(Headers.of("retry-after", "soon"), clock)).isEmpty();
    assertThat(RetryAfterHeaders.resetDuration("12ms")).contains(Duration.ofMillis(12));
    assertThat(RetryAfterHeaders.resetDuration("6x")).isEmpty();
  }
}
