package app.chris.app.limits;

import static org.assertj.core.api.Assertions.assertThat;

import app.chris.testkit.MutableClock;
import java.time.Duration;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** One address's flood is refused with a wait; other addresses are served; memory stays bounded. */
class TokenBucketsTest {
  private final MutableClock clock = MutableClock.startingNow();

  @Test
  void givenABurstSpent_nextRequest_isRefusedUntilATokenReturns() {
    TokenBuckets buckets = new TokenBuckets(clock, 60, 3, 100);
    IntStream.range(0, 3).forEach(i -> assertThat(buckets.take("10.0.0.1")).isEmpty());

    Optional<Duration> refused = buckets.take("10.0.0.1");

    assertThat(refused).hasValueSatisfying(wait -> assertThat(wait).isEqualTo(Duration.ofSeconds(1)));
    assertThat(buckets.take("10.0.0.2")).as("another address is served").isEmpty();
    clock.advance(Duration.ofSeconds(1));
    assertThat(buckets.take("10.0.0.1")).as("one token back after a second").isEmpty();
    assertThat(buckets.take("10.0.0.1")).isPresent();
  }

  @Test
  void givenALongPause_bucketRefillsOnlyToItsCapacity() {
    TokenBuckets buckets = new TokenBuckets(clock, 60, 2, 100);
    buckets.take("a");
    buckets.take("a");
    clock.advance(Duration.ofHours(1));

    assertThat(buckets.take("a")).isEmpty();
    assertThat(buckets.take("a")).isEmpty();
    assertThat(buckets.take("a")).isPresent();
  }

  @Test
  void givenManyAddresses_onlyTheMostRecentAreRemembered() {
    TokenBuckets buckets = new TokenBuckets(clock, 60, 1, 50);

    IntStream.range(0, 10_000).forEach(i -> buckets.take("10.1." + (i / 256) + "." + (i % 256)));

    assertThat(buckets.tracked()).isEqualTo(50);
  }
}
