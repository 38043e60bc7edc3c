package app.chris.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class MutableClockTest {
  @Test
  void givenAdvance_instant_movesByExactlyThatMuchAndStandsStillOtherwise() {
    MutableClock clock = MutableClock.startingNow();
    assertThat(clock.instant()).isEqualTo(clock.instant());
    clock.advance(Duration.ofMinutes(90));
    assertThat(clock.instant()).isEqualTo(MutableClock.DEFAULT_START.plus(Duration.ofMinutes(90)));
  }

  @Test
  void givenZoneView_advance_movesTheViewToo() {
    MutableClock clock = MutableClock.startingNow();
    Clock chicago = clock.withZone(ZoneId.of("America/Chicago"));
    clock.advance(Duration.ofSeconds(5));
    assertThat(chicago.instant()).isEqualTo(clock.instant());
    assertThat(chicago.getZone()).isEqualTo(ZoneId.of("America/Chicago"));
  }
}
