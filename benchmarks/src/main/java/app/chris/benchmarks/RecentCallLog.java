package app.chris.benchmarks;

import app.chris.core.port.CallId;
import app.chris.core.port.CallLog;
import app.chris.core.port.CallRecord;
import app.chris.core.port.OutboxMessage;
import app.chris.core.port.PhoneNumber;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A call log that keeps the last {@code capacity} calls and drops their outbox messages: a benchmark that starts
 * thousands of calls must not time a greeting's look-up of the caller's history against an ever longer log
 * (faster turns would mean more calls, hence slower greetings). The load bench has at most 200 calls. Thread-safe.
 */
final class RecentCallLog implements CallLog {
  private static final Comparator<CallRecord> NEWEST_FIRST =
      Comparator.comparing(CallRecord::startedAt).thenComparing(r -> r.id().value()).reversed();
  private final Map<CallId, CallRecord> records;

  RecentCallLog(int capacity) {
    records = new LinkedHashMap<>() {
      @Override
      protected boolean removeEldestEntry(Map.Entry<CallId, CallRecord> eldest) {
        return size() > capacity;
      }
    };
  }

  @Override
  public synchronized void save(CallRecord record, List<OutboxMessage> effects) {
    records.put(record.id(), record);
  }

  @Override
  public synchronized Optional<CallRecord> find(CallId id) {
    return Optional.ofNullable(records.get(id));
  }

  @Override
  public synchronized List<CallRecord> recent(int limit) {
    return records.values().stream().sorted(NEWEST_FIRST).limit(limit).toList();
  }

  @Override
  public synchronized List<CallRecord> recentFrom(PhoneNumber caller, int limit) {
    return records.values().stream().filter(r -> r.from().filter(caller::equals).isPresent())
        .sorted(NEWEST_FIRST).limit(limit).toList();
  }
}
