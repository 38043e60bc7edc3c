package app.chris.app.live;

import static org.assertj.core.api.Assertions.assertThat;

import app.chris.core.call.CallEvent;
import app.chris.core.port.CallId;
import app.chris.core.port.TurnMetric;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class TurnTimerTest {
  private static final long MS = 1_000_000;
  private static final Instant AT = Instant.parse("2025-03-03T15:00:00Z");
  private final List<TurnMetric> stored = new ArrayList<>();
  private final TurnTimer phone = new TurnTimer(new CallId("c_1"), true, stored::add);
  private final TurnTimer text = new TurnTimer(new CallId("c_2"), false, stored::add);

  @Test
  void givenAPhoneTurn_theMetricWaitsForTheFirstAudioAndCarriesIt() {
    phone.start(0);
    phone.model(new CallEvent.ModelUsed("gpt-4.1-mini", "fast", 180), AT);
    assertThat(stored).isEmpty();

    OptionalLong latency = phone.firstOutput(640 * MS);

    assertThat(latency).hasValue(640);
    assertThat(stored).singleElement().satisfies(m -> {
      assertThat(m.firstAudioMillis()).hasValue(640);
      assertThat(m.firstTokenMillis()).isEqualTo(180);
      assertThat(m.model()).isEqualTo("gpt-4.1-mini");
    });
  }

  @Test
  void givenAudioBeforeTheModelFinished_theMetricStillGetsTheTurnsLatencyOnce() {
    phone.start(0);
    phone.firstOutput(500 * MS);
    phone.model(new CallEvent.ModelUsed("a", "fast", 100), AT);
    phone.model(new CallEvent.ModelUsed("a", "fast", 90), AT);
    phone.flush();

    assertThat(stored).extracting(TurnMetric::firstAudioMillis).containsExactly(OptionalLong.of(500),
        OptionalLong.empty());
  }

  @Test
  void givenNoAudioBeforeTheNextTurn_theMetricIsStoredWithoutIt() {
    phone.start(0);
    phone.model(new CallEvent.ModelUsed("a", "fast", 100), AT);
    phone.start(2000 * MS);

    assertThat(stored).singleElement().satisfies(m -> assertThat(m.firstAudioMillis()).isEmpty());
  }

  @Test
  void givenOutputWithoutATurn_noLatencyIsReported() {
    assertThat(phone.firstOutput(10 * MS)).isEmpty();
    phone.start(0);
    phone.firstOutput(10 * MS);
    assertThat(phone.firstOutput(20 * MS)).as("only the first output of a turn").isEmpty();
  }

  @Test
  void givenATextTurn_theMetricIsStoredAtOnceAndEscalationComesFromTheRoutingReason() {
    text.start(0);
    text.model(new CallEvent.ModelUsed("gpt-4.1", "strong: several requests in one turn", 300), AT);
    text.model(new CallEvent.ModelUsed("grok-3-mini", "failover after timeout from gpt-4.1", 200), AT);

    assertThat(stored).extracting(TurnMetric::escalated).containsExactly(true, false);
    assertThat(stored).allMatch(m -> m.firstAudioMillis().isEmpty());
  }
}
