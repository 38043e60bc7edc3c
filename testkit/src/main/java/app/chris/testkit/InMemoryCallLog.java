package app.chris.testkit;

import app.chris.core.port.CallId;
import app.chris.core.port.CallLog;
import app.chris.core.port.CallRecord;
import app.chris.core.port.OutboxMessage;
import app.chris.core.port.PhoneNumber;
import java.time.Clock;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A {@link CallLog} in memory. Thread-safe: {@link #save} writes the record and its outbox rows under the
 * outbox's lock, so nobody sees one without the other (the in-memory twin of one database transaction).
 */
public final class InMemoryCallLog implements CallLog {
  private static final Comparator<CallRecord> NEWEST_FIRST =
      Comparator.comparing(CallRecord::startedAt).thenComparing(r -> r.id().value()).reversed();

  private final InMemoryOutbox outbox;
  private final Map<CallId, CallRecord> records = new HashMap<>();

  public InMemoryCallLog(InMemoryOutbox outbox) {
    this.outbox = Objects.requireNonNull(outbox, "outbox");
  }

  /** A call log with its own outbox, for tests that do not look at effects. */
  public static InMemoryCallLog withOwnOutbox(Clock clock) {
    return new InMemoryCallLog(new InMemoryOutbox(clock));
  }

  public InMemoryOutbox outbox() {
    return outbox;
  }

  @Override
  public void save(CallRecord record, List<OutboxMessage> effects) {
    Objects.requireNonNull(record, "record");
    List<OutboxMessage> copy = List.copyOf(effects);
    outbox.atomically(() -> {
      synchronized (records) {
        records.put(record.id(), record);
      }
      copy.forEach(outbox::enqueue);
      return record;
    });
  }

  @Override
  public Optional<CallRecord> find(CallId id) {
    synchronized (records) {
      return Optional.ofNullable(records.get(id));
    }
  }

  @Override
  public List<CallRecord> recent(int limit) {
    return newest(all(), limit);
  }

  @Override
  public List<CallRecord> recentFrom(PhoneNumber caller, int limit) {
    return newest(all().filter(r -> r.from().map(p -> p.digits().equals(caller.digits())).orElse(false)), limit);
  }

  private Stream<CallRecord> all() {
    synchronized (records) {
      return List.copyOf(records.values()).stream();
    }
  }

  private static List<CallRecord> newest(Stream<CallRecord> records, int limit) {
    return records.sorted(NEWEST_FIRST).limit(Math.max(0, limit)).toList();
  }
}
