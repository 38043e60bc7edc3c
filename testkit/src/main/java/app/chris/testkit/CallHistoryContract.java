package app.chris.testkit;

import static app.chris.testkit.CallBuilder.call;
import static org.assertj.core.api.Assertions.assertThat;

import app.chris.core.port.CallAnalytics;
import app.chris.core.port.CallHistory;
import app.chris.core.port.CallId;
import app.chris.core.port.Intent;
import app.chris.core.port.Outcome;
import app.chris.core.port.TurnMetric;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Behaviour every {@link CallHistory} must show: the search and paging of {@link CallHistorySearchContract} plus
 * the analytics page's figures (calls per local day and hour, mixes, verification, latency, models).
 */
public abstract class CallHistoryContract extends CallHistorySearchContract {
  private static final ZoneId CHICAGO = ZoneId.of("America/Chicago");

  private static Instant utc(String isoLocal) {
    return Instant.parse(isoLocal + "Z");
  }

  private static List<Long> hours(Map<Integer, Long> counts) {
    List<Long> all = new ArrayList<>(Collections.nCopies(24, 0L));
    counts.forEach(all::set);
    return all;
  }

  @Test
  void givenCallsAroundMidnightInTheCompanysZone_analytics_bucketsDaysAndHoursLocally() {
    save(call("c_before", utc("2025-03-03T05:59:59")), call("c_1", utc("2025-03-04T03:30:00")),
        call("c_2", utc("2025-03-04T15:10:00")), call("c_3", utc("2025-03-04T15:50:00")),
        call("c_4", utc("2025-03-05T05:59:00")), call("c_at_end", utc("2025-03-05T06:00:00")));
    CallAnalytics a = history.analytics(utc("2025-03-03T06:00:00"), utc("2025-03-05T06:00:00"), CHICAGO);
    assertThat(a.calls()).isEqualTo(4);
    assertThat(a.callsPerDay()).containsExactlyEntriesOf(
        new TreeMap<>(Map.of(LocalDate.parse("2025-03-03"), 1L, LocalDate.parse("2025-03-04"), 3L)));
    assertThat(a.callsPerHour()).isEqualTo(hours(Map.of(21, 1L, 9, 2L, 23, 1L)));
  }

  @Test
  void givenZonesOffsetByHalfAndQuarterHours_analytics_putsCallsInTheirLocalHour() {
    save(call("c_1", utc("2025-03-04T03:14:00")), call("c_2", utc("2025-03-04T03:15:00")),
        call("c_3", utc("2025-03-04T04:29:59")), call("c_4", utc("2025-03-04T04:30:00")));
    Instant from = utc("2025-03-04T00:00:00");
    Instant to = utc("2025-03-05T00:00:00");
    assertThat(history.analytics(from, to, ZoneId.of("Asia/Kolkata")).callsPerHour())
        .isEqualTo(hours(Map.of(8, 2L, 9, 1L, 10, 1L)));
    assertThat(history.analytics(from, to, ZoneId.of("Asia/Kathmandu")).callsPerHour())
        .isEqualTo(hours(Map.of(8, 1L, 9, 1L, 10, 2L)));
    assertThat(history.analytics(from, to, ZoneOffset.UTC).callsPerHour())
        .isEqualTo(hours(Map.of(3, 2L, 4, 2L)));
  }

  @Test
  void givenMixedCalls_analytics_countsIntentsOutcomesAndEachEmergencyOnce() {
    save(call("c_1", at(1)).intents(Intent.EMERGENCY).outcome(Outcome.EMERGENCY),
        call("c_2", at(2)).intents(Intent.MAINTENANCE, Intent.EMERGENCY).outcome(Outcome.SERVICE_REQUEST),
        call("c_3", at(3)).intents(Intent.MAINTENANCE).outcome(Outcome.EMERGENCY),
        call("c_4", at(4)).intents(Intent.BALANCE, Intent.GOODBYE).outcome(Outcome.INFO),
        call("c_5", at(5)).open());
    CallAnalytics a = history.analytics(at(0), at(60), CHICAGO);
    assertThat(a.calls()).isEqualTo(5);
    assertThat(a.intents()).isEqualTo(Map.of(Intent.EMERGENCY, 2L, Intent.MAINTENANCE, 2L, Intent.BALANCE, 1L,
        Intent.GOODBYE, 1L));
    assertThat(a.outcomes()).isEqualTo(Map.of(Outcome.EMERGENCY, 2L, Outcome.SERVICE_REQUEST, 1L, Outcome.INFO, 1L));
    assertThat(a.emergencies()).isEqualTo(3);
  }

  @Test
  void givenIdentityChecks_analytics_countsCallsThatTriedAndThatPassed() {
    save(call("c_retry", at(1)).identityChecks(false, true), call("c_failed", at(2)).identityChecks(false, false),
        call("c_none", at(3)), call("c_first_time", at(4)).identityChecks(true),
        call("c_outside", at(120)).identityChecks(false));
    CallAnalytics a = history.analytics(at(0), at(60), CHICAGO);
    assertThat(a.verificationAttempts()).isEqualTo(3);
    assertThat(a.verified()).isEqualTo(2);
    assertThat(a.verificationRate()).isEqualTo(2.0 / 3);
  }

  @Test
  void givenHundredTurns_analytics_givesNearestRankLatencyPreferringFirstAudio() {
    List<Integer> latencies = new ArrayList<>();
    for (int i = 1; i <= 100; i++) {
      latencies.add(i);
    }
    Collections.shuffle(latencies, new Random(7));
    for (int i = 0; i < latencies.size(); i++) {
      long ms = latencies.get(i);
      // Half the turns were spoken (first audio known, first token earlier); the rest only have a first token.
      history.recordTurn(i % 2 == 0 ? turn(at(1), "fast", false, ms / 2, OptionalLong.of(ms))
          : turn(at(1), "fast", false, ms, OptionalLong.empty()));
    }
    history.recordTurn(turn(at(61), "fast", false, 5000, OptionalLong.of(5000)));
    CallAnalytics.Latency l = history.analytics(at(0), at(60), CHICAGO).latency();
    assertThat(l).isEqualTo(new CallAnalytics.Latency(100, 50, 90, 99, 100));
  }

  @Test
  void givenTurnsOnSeveralModels_analytics_countsTurnsPerModelAndEscalations() {
    for (int i = 0; i < 3; i++) {
      history.recordTurn(turn(at(i), "gpt-4o-mini", false, 400, OptionalLong.of(700)));
    }
    history.recordTurn(turn(at(4), "gpt-4o", true, 900, OptionalLong.empty()));
    history.recordTurn(turn(at(5), "gpt-4o", true, 800, OptionalLong.of(1100)));
    history.recordTurn(turn(at(60), "grok", true, 800, OptionalLong.empty()));
    CallAnalytics a = history.analytics(at(0), at(60), CHICAGO);
    assertThat(a.modelTurns()).containsExactlyEntriesOf(
        new TreeMap<>(Map.of("gpt-4o", 2L, "gpt-4o-mini", 3L)));
    assertThat(a.escalatedTurns()).isEqualTo(2);
    assertThat(a.latency().turns()).isEqualTo(5);
    assertThat(a.latency().max()).isEqualTo(1100);
  }

  @Test
  void givenNothingInRange_analytics_isAllZeros() {
    save(call("c_1", at(100)).intents(Intent.EMERGENCY).identityChecks(true));
    history.recordTurn(turn(at(100), "fast", true, 10, OptionalLong.empty()));
    CallAnalytics a = history.analytics(at(0), at(60), CHICAGO);
    assertThat(a).isEqualTo(new CallAnalytics(0, Map.of(), Collections.nCopies(24, 0L), Map.of(), Map.of(), 0, 0,
        0, new CallAnalytics.Latency(0, 0, 0, 0, 0), Map.of(), 0));
    assertThat(a.verificationRate()).isZero();
  }

  private static TurnMetric turn(Instant at, String model, boolean escalated, long firstToken, OptionalLong audio) {
    return new TurnMetric(new CallId("c_turns"), at, model, escalated ? "hard question" : "default", escalated,
        firstToken, audio);
  }
}
