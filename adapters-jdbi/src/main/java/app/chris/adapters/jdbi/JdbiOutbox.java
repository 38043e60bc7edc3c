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

  /** Refunds the claim's attempt (never below zero): a row that only ever waited keeps {@code attempts = 0}. */
  @Override
  public void markWaiting(long entryId, String reason, Instant nextAttemptAt) {
    Failures.useHandle(jdbi, h -> h.createUpdate("UPDATE outbox SET status = 'PENDING', last_error = :reason, "
            + "attempts = CASE WHEN attempts > 0 THEN attempts - 1 ELSE 0 END, next_attempt_at = :next, "
            + "lease_until = NULL WHERE id = :id AND status = 'PENDING'")
        .bind("reason", Sql.truncate(reason, MAX_ERROR)).bind("next", Sql.time(nextAttemptAt)).bind("id", entryId)
        .execute());
  }

  /** A waiting row is pending, never attempted and has a reason; leased rows are left to their worker. */
  @Override
  public void wakeWaiting(Instant now) {
    Failures.useHandle(jdbi, h -> h.createUpdate("UPDATE outbox SET next_attempt_at = :now WHERE status = 'PENDING' "
            + "AND attempts = 0 AND last_error IS NOT NULL AND next_attempt_at > :now "
            + "AND (lease_until IS NULL OR lease_until <= :now)")
        .bind("now", Sql.time(now)).execute());
  }

  /**
   * Frees every lease, so rows a killed process had claimed are due again at once instead of when their lease
   * runs out. Only safe when no other worker is alive (embedded H2: the file lock allows one process); returns
   * how many rows were freed.
   */
  public int releaseLeases() {
    return Failures.withHandle(jdbi, h -> h.createUpdate("UPDATE outbox SET lease_until = NULL "
        + "WHERE status = 'PENDING' AND lease_until IS NOT NULL").execute());
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
    long waiting = Failures.withHandle(jdbi, h -> h.createQuery("SELECT COUNT(*) FROM outbox "
        + "WHERE status = 'PENDING' AND attempts = 0 AND last_error IS NOT NULL").mapTo(Long.class).one());
    return new OutboxStats(counts.getOrDefault("PENDING", 0L), counts.getOrDefault("SENT", 0L),
        counts.getOrDefault("DEAD", 0L), waiting);
  }
}
