package app.chris.testkit;

import app.chris.core.port.CallAction;
import app.chris.core.port.CallAnalytics;
import app.chris.core.port.CallRecord;
import app.chris.core.port.Intent;
import app.chris.core.port.Outcome;
import app.chris.core.port.TurnMetric;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** {@link CallAnalytics} computed by walking the calls and turns of a range, the plain reading of its Javadoc. */
final class InMemoryAnalytics {
  private InMemoryAnalytics() {}

  static CallAnalytics of(List<CallRecord> calls, List<TurnMetric> turns, ZoneId zone) {
    Map<LocalDate, Long> perDay = new TreeMap<>();
    List<Long> perHour = new ArrayList<>(Collections.nCopies(24, 0L));
    Map<Intent, Long> intents = new EnumMap<>(Intent.class);
    Map<Outcome, Long> outcomes = new EnumMap<>(Outcome.class);
    long emergencies = 0;
    long attempts = 0;
    long verified = 0;
    for (CallRecord r : calls) {
      ZonedDateTime local = r.startedAt().atZone(zone);
      perDay.merge(local.toLocalDate(), 1L, Long::sum);
      perHour.set(local.getHour(), perHour.get(local.getHour()) + 1);
      r.intents().stream().distinct().forEach(i -> intents.merge(i, 1L, Long::sum));
      r.outcome().ifPresent(o -> outcomes.merge(o, 1L, Long::sum));
      if (r.intents().contains(Intent.EMERGENCY) || r.outcome().equals(Optional.of(Outcome.EMERGENCY))) {
        emergencies++;
      }
      List<CallAction> checks = r.actions().stream()
          .filter(a -> a.kind().equals(CallAction.VERIFY_IDENTITY)).toList();
      attempts += checks.isEmpty() ? 0 : 1;
      verified += checks.stream().anyMatch(CallAction::ok) ? 1 : 0;
    }
    Map<String, Long> models = new TreeMap<>();
    turns.forEach(t -> models.merge(t.model(), 1L, Long::sum));
    long escalated = turns.stream().filter(TurnMetric::escalated).count();
    return new CallAnalytics(calls.size(), perDay, perHour, intents, outcomes, emergencies, attempts, verified,
        latency(turns), models, escalated);
  }

  private static CallAnalytics.Latency latency(List<TurnMetric> turns) {
    long[] sorted = turns.stream()
        .mapToLong(t -> t.firstAudioMillis().orElse(t.firstTokenMillis())).sorted().toArray();
    if (sorted.length == 0) {
      return new CallAnalytics.Latency(0, 0, 0, 0, 0);
    }
    return new CallAnalytics.Latency(sorted.length, nearestRank(sorted, 0.5), nearestRank(sorted, 0.9),
        nearestRank(sorted, 0.99), sorted[sorted.length - 1]);
  }

  /** The first value whose share of the sorted values (position / count) reaches {@code p}: SQL's PERCENTILE_DISC. */
  private static long nearestRank(long[] sorted, double p) {
    for (int i = 1; i <= sorted.length; i++) {
      if ((double) i / sorted.length >= p) {
        return sorted[i - 1];
      }
    }
    return sorted[sorted.length - 1];
  }
}
