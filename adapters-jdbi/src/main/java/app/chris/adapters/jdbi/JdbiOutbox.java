package app.chris.adapters.jdbi;

import app.chris.core.port.CallId;
import app.chris.core.port.Outbox;
import app.chris.core.port.OutboxEntry;
import app.chris.core.port.OutboxMessage;
import app.chris.core.port.OutboxStats;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jdbi.v3.core.Jdbi;

/**
 * {@link Outbox} on the {@code outbox} table. Thread-safe, and safe across instances sharing one database: due
 * rows are locked with {@code FOR UPDATE SKIP LOCKED} (PostgreSQL and H2 2.x), so concurrent workers take
 * disjoint rows, and each is claimed by a conditional UPDATE (still pending, due, lease over), so exactly one
 * worker wins it. The lease, not the lock, covers the delivery itself. A claim counts as one attempt.
 */
public final class JdbiOutbox implements Outbox {
  private static final int MAX_ERROR = 2000;
  private static final String CLAIMABLE = "status = 'PENDING' AND next_attempt_at <= :now "
      + "AND (lease_until IS NULL OR lease_until <= :now)";
  private final Jdbi jdbi;
  private final Clock clock;

  public JdbiOutbox(Database database, Clock clock) {
    this.jdbi = Objects.requireNonNull(database, "database").jdbi();
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public void enqueue(OutboxMessage message) {
    Objects.requireNonNull(message, "message");
    Failures.useTransaction(jdbi, h -> OutboxRows.insert(h, message, Sql.now(clock)));
  }

  @Override
  public List<OutboxEntry> claimDue(Instant now, Instant leaseUntil, int max) {
    if (max <= 0) {
      return List.of();
    }
    return Failures.inTransaction(jdbi, h -> {
      // SKIP LOCKED: workers on other instances polling at the same moment take other rows instead of waiting.
      List<Long> candidates = h.createQuery("SELECT id FROM outbox WHERE " + CLAIMABLE
              + " ORDER BY next_attempt_at, id LIMIT :limit FOR UPDATE SKIP LOCKED")
          .bind("now", Sql.time(now)).bind("limit", max).mapTo(Long.class).list();
      List<OutboxEntry> claimed = new ArrayList<>();
      for (long id : candidates) {
        // The condition is checked again on the locked row, so a row leased meanwhile is never handed out twice.
        int won = h.createUpdate("UPDATE outbox SET lease_until = :lease, attempts = attempts + 1 "
                + "WHERE id = :id AND " + CLAIMABLE)
            .bind("lease", Sql.time(leaseUntil)).bind("id", id).bind("now", Sql.time(now)).execute();
        if (won == 1) {
          claimed.add(h.createQuery("SELECT " + OutboxRows.COLUMNS + " FROM outbox WHERE id = :id")
              .bind("id", id).map(OutboxRows::map).one());
        }
      }
      return List.copyOf(claimed);
    });
  }

  @Override
  public void markSent(long entryId, Instant at) {
    Failures.useHandle(jdbi, h -> h.createUpdate("UPDATE outbox SET status = 'SENT', sent_at = :at, lease_until = NULL "
        + "WHERE id = :id").bind("at", Sql.time(at)).bind("id", entryId).execute());
  }

  @Override
  public void markRetry(long entryId, String error, Instant nextAttemptAt) {
    Failures.useHandle(jdbi, h -> h.createUpdate("UPDATE outbox SET status = 'PENDING', last_error = :error, "
            + "next_attempt_at = :next, lease_until = NULL WHERE id = :id")
        .bind("error", Sql.truncate(error, MAX_ERROR)).bind("next", Sql.time(nextAttemptAt)).bind("id", entryId)
        .execute());
  }

  @Override
  public void markDead(long entryId, String error) {
    Failures.useHandle(jdbi, h -> h.createUpdate("UPDATE outbox SET status = 'DEAD', last_error = :error, "
        + "lease_until = NULL WHERE id = :id")
        .bind("error", Sql.truncate(error, MAX_ERROR)).bind("id", entryId).execute());
  }

  @Override
  public List<OutboxEntry> forCall(CallId callId) {
    return Failures.withHandle(jdbi, h -> h.createQuery("SELECT " + OutboxRows.COLUMNS
            + " FROM outbox WHERE call_id = :callId ORDER BY id")
        .bind("callId", callId.value()).map(OutboxRows::map).list());
  }

  @Override
  public OutboxStats stats() {
    Map<String, Long> counts = Failures.withHandle(jdbi, h -> h.createQuery(
            "SELECT status, COUNT(*) AS n FROM outbox GROUP BY status")
        .reduceRows(new java.util.HashMap<String, Long>(), (acc, row) -> {
          acc.put(row.getColumn("status", String.class), row.getColumn("n", Long.class));
          return acc;
        }));
    return new OutboxStats(counts.getOrDefault("PENDING", 0L), counts.getOrDefault("SENT", 0L),
        counts.getOrDefault("DEAD", 0L));
  }
}
