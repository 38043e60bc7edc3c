package app.chris.testkit;

import app.chris.core.port.CallAnalytics;
import app.chris.core.port.CallHistory;
import app.chris.core.port.CallListing;
import app.chris.core.port.CallLog;
import app.chris.core.port.CallPage;
import app.chris.core.port.CallQuery;
import app.chris.core.port.CallRecord;
import app.chris.core.port.TurnMetric;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A {@link CallHistory} read straight from a {@link CallLog} (every query reads the whole log, newest first), with
 * turn metrics in memory. For tests and demos; the database adapter answers the same queries from indexes.
 * Thread-safe.
 */
public final class InMemoryCallHistory implements CallHistory {
  private static final Comparator<CallRecord> NEWEST_FIRST =
      Comparator.comparing(CallRecord::startedAt).thenComparing(r -> r.id().value()).reversed();

  private final CallLog calls;
  private final List<TurnMetric> turns = new ArrayList<>();

  public InMemoryCallHistory(CallLog calls) {
    this.calls = Objects.requireNonNull(calls, "calls");
  }

  @Override
  public CallPage search(CallQuery query) {
    Optional<CallRecord> after = query.after().flatMap(calls::find);
    if (query.after().isPresent() && after.isEmpty()) {
      return new CallPage(List.of(), Optional.empty());
    }
    List<CallListing> matches = calls.recent(Integer.MAX_VALUE).stream()
        .sorted(NEWEST_FIRST)
        .filter(r -> after.map(a -> NEWEST_FIRST.compare(r, a) > 0).orElse(true))
        .filter(r -> matches(query, r))
        .limit(query.limit() + 1L)
        .map(CallListing::of)
        .toList();
    return CallPage.of(query, matches);
  }

  private static boolean matches(CallQuery q, CallRecord r) {
    return q.from().map(f -> !r.startedAt().isBefore(f)).orElse(true)
        && q.to().map(t -> r.startedAt().isBefore(t)).orElse(true)
        && q.intent().map(i -> r.intents().contains(i)).orElse(true)
        && q.outcome().map(o -> r.outcome().equals(Optional.of(o))).orElse(true)
        && q.text().map(t -> containsText(q, t, r)).orElse(true);
  }

  private static boolean containsText(CallQuery q, String text, CallRecord r) {
    String needle = text.toLowerCase(Locale.ROOT);
    String number = r.from().map(p -> p.e164()).orElse("");
    return number.toLowerCase(Locale.ROOT).contains(needle)
        || r.tenantId().map(t -> t.toLowerCase(Locale.ROOT).contains(needle)).orElse(false)
        || r.summary().toLowerCase(Locale.ROOT).contains(needle)
        || q.numberDigits().map(number::contains).orElse(false);
  }

  @Override
  public CallAnalytics analytics(Instant from, Instant to, ZoneId zone) {
    List<CallRecord> inRange = calls.recent(Integer.MAX_VALUE).stream()
        .filter(r -> !r.startedAt().isBefore(from) && r.startedAt().isBefore(to))
        .toList();
    List<TurnMetric> turnsInRange;
    synchronized (turns) {
      turnsInRange = turns.stream().filter(t -> !t.at().isBefore(from) && t.at().isBefore(to)).toList();
    }
    return InMemoryAnalytics.of(inRange, turnsInRange, zone);
  }

  @Override
  public void recordTurn(TurnMetric metric) {
    Objects.requireNonNull(metric, "metric");
    synchronized (turns) {
      turns.add(metric);
    }
  }
}
