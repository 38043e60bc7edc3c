package app.chris.testkit;

import app.chris.core.port.CallId;
import app.chris.core.port.Outbox;
import app.chris.core.port.OutboxEntry;
import app.chris.core.port.OutboxMessage;
import app.chris.core.port.OutboxStats;
import app.chris.core.port.OutboxStatus;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An {@link Outbox} in memory. Thread-safe (one lock). Ids count up from 1; a claim counts as one delivery
 * attempt and leases the row until {@code leaseUntil}; unknown ids in {@code mark*} are ignored.
 */
public final class InMemoryOutbox implements Outbox {
  private final Clock clock;
  private final Map<Long, Row> rows = new LinkedHashMap<>();
  private final Map<String, Long> byKey = new HashMap<>();
  private long nextId = 1;

  public InMemoryOutbox(Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public synchronized void enqueue(OutboxMessage message) {
    Objects.requireNonNull(message, "message");
    if (byKey.containsKey(message.idempotencyKey())) {
      return;
    }
    Instant now = clock.instant();
    long id = nextId++;
    rows.put(id, new Row(id, message, now));
    byKey.put(message.idempotencyKey(), id);
  }

  /** Runs {@code work} under this outbox's lock, so a fake store can write its rows and ours atomically. */
  synchronized <T> T atomically(java.util.function.Supplier<T> work) {
    return work.get();
  }

  @Override
  public synchronized List<OutboxEntry> claimDue(Instant now, Instant leaseUntil, int max) {
    List<OutboxEntry> claimed = new ArrayList<>();
    rows.values().stream()
        .filter(r -> r.status == OutboxStatus.PENDING && !r.nextAttemptAt.isAfter(now))
        .filter(r -> r.leaseUntil.map(l -> !l.isAfter(now)).orElse(true))
        .sorted(Comparator.comparing((Row r) -> r.nextAttemptAt).thenComparing(r -> r.id))
        .limit(Math.max(0, max))
        .forEach(r -> {
          r.attempts++;
          r.leaseUntil = Optional.of(leaseUntil);
          claimed.add(r.entry());
        });
    return claimed;
  }

  @Override
  public synchronized void markSent(long entryId, Instant at) {
    update(entryId, r -> r.status = OutboxStatus.SENT);
  }

  @Override
  public synchronized void markRetry(long entryId, String error, Instant nextAttemptAt) {
    update(entryId, r -> {
      r.status = OutboxStatus.PENDING;
      r.lastError = Optional.of(error);
      r.nextAttemptAt = nextAttemptAt;
    });
  }

  @Override
  public synchronized void markDead(long entryId, String error) {
    update(entryId, r -> {
      r.status = OutboxStatus.DEAD;
      r.lastError = Optional.of(error);
    });
  }

  @Override
  public synchronized void markWaiting(long entryId, String reason, Instant nextAttemptAt) {
    Row row = rows.get(entryId);
    if (row != null && row.status == OutboxStatus.PENDING) {
      row.attempts = Math.max(0, row.attempts - 1);
      row.lastError = Optional.of(reason);
      row.nextAttemptAt = nextAttemptAt;
      row.leaseUntil = Optional.empty();
    }
  }

  @Override
  public synchronized void wakeWaiting(Instant now) {
    rows.values().stream()
        .filter(r -> r.status == OutboxStatus.PENDING && r.attempts == 0 && r.lastError.isPresent())
        .filter(r -> r.nextAttemptAt.isAfter(now) && r.leaseUntil.map(l -> !l.isAfter(now)).orElse(true))
        .forEach(r -> r.nextAttemptAt = now);
  }

  @Override
  public synchronized List<OutboxEntry> forCall(CallId callId) {
    return rows.values().stream()
        .filter(r -> r.message.callId().equals(Optional.of(callId)))
        .map(Row::entry)
        .toList();
  }

  @Override
  public synchronized OutboxStats stats() {
    long pending = count(OutboxStatus.PENDING);
    long waiting = rows.values().stream()
        .filter(r -> r.status == OutboxStatus.PENDING && r.attempts == 0 && r.lastError.isPresent()).count();
    return new OutboxStats(pending, count(OutboxStatus.SENT), count(OutboxStatus.DEAD), waiting);
  }

  /** Every row, oldest first: handy for assertions in tests. */
  public synchronized List<OutboxEntry> all() {
    return rows.values().stream().map(Row::entry).toList();
  }

  private long count(OutboxStatus status) {
    return rows.values().stream().filter(r -> r.status == status).count();
  }

  private void update(long entryId, java.util.function.Consumer<Row> change) {
    Row row = rows.get(entryId);
    if (row != null) {
      change.accept(row);
      row.leaseUntil = Optional.empty();
    }
  }

  /** Mutable bookkeeping, only touched under the outbox lock. */
  private static final class Row {
    final long id;
    final OutboxMessage message;
    final Instant createdAt;
    OutboxStatus status = OutboxStatus.PENDING;
    int attempts;
    Instant nextAttemptAt;
    Optional<Instant> leaseUntil = Optional.empty();
    Optional<String> lastError = Optional.empty();

    Row(long id, OutboxMessage message, Instant createdAt) {
      this.id = id;
      this.message = message;
      this.createdAt = createdAt;
      this.nextAttemptAt = createdAt;
    }

    OutboxEntry entry() {
      return new OutboxEntry(id, message, status, attempts, createdAt, nextAttemptAt, lastError);
    }
  }
}
