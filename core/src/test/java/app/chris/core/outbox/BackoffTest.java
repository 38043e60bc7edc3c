package app.chris.core.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import java.util.stream.IntStream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class BackoffTest {
  private static final Duration BASE = Duration.ofSeconds(2);
  private static final Duration MAX = Duration.ofMinutes(1);

  @Test
  void givenSuccessiveAttempts_ceiling_doublesUntilTheMaximum() {
    Backoff backoff = new Backoff(BASE, MAX, fixed(0));

    assertThat(IntStream.rangeClosed(1, 8).mapToLong(backoff::ceilingMillis).toArray())
        .containsExactly(2_000, 4_000, 8_000, 16_000, 32_000, 60_000, 60_000, 60_000);
  }

  @Property
  void waitStaysBetweenHalfTheCeilingAndTheCeiling(
      @ForAll @IntRange(min = 1, max = 10_000) int attempt,
      @ForAll @DoubleRange(min = 0, max = 1, maxIncluded = false) double draw) {
    Backoff backoff = new Backoff(BASE, MAX, fixed(draw));
    long ceiling = backoff.ceilingMillis(attempt);

    assertThat(backoff.after(attempt, Optional.empty()).toMillis()).isBetween(ceiling / 2, ceiling);
  }

  @Test
  void givenTheSameAttempt_after_spreadsWaitsAcrossTheJitterRange() {
    Backoff backoff = new Backoff(BASE, MAX, new SplittableRandom(7));

    long distinct = IntStream.range(0, 50).mapToObj(i -> backoff.after(3, Optional.empty())).distinct().count();

    assertThat(distinct).isGreaterThan(40);
  }

  @Test
  void givenLongerRetryAfter_after_waitsAsLongAsTheVendorAsked() {
    Backoff backoff = new Backoff(BASE, MAX, fixed(0.99));

    assertThat(backoff.after(1, Optional.of(Duration.ofMinutes(5)))).isEqualTo(Duration.ofMinutes(5));
    assertThat(backoff.after(4, Optional.of(Duration.ofSeconds(1))).toMillis()).isBetween(8_000L, 16_000L);
  }

  @Test
  void givenHugeBase_ceiling_neverOverflows() {
    Backoff backoff = new Backoff(Duration.ofDays(365 * 100), Duration.ofDays(365 * 200), fixed(0.5));

    assertThat(backoff.ceilingMillis(Integer.MAX_VALUE)).isEqualTo(Duration.ofDays(365 * 200).toMillis());
  }

  /** A random source whose doubles are always {@code value}. */
  static RandomGenerator fixed(double value) {
    return new RandomGenerator() {
      @Override
      public long nextLong() {
        return 0;
      }

      @Override
      public double nextDouble() {
        return value;
      }
    };
  }
}
