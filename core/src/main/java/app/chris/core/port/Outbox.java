package app.chris.core.port;

import java.time.Instant;
import java.util.List;

/**
 * Durable queue of side effects (transactional outbox). Thread-safe. Rows are enqueued by {@link CallLog#save}
 * or {@link #enqueue}; the worker claims due rows, delivers them at least once, and records the result.
 * A claimed row is leased until {@code leaseUntil} so two workers never deliver it at the same time.
 */
public interface Outbox {
  /** Enqueues outside a call record (e.g. an alert mid-call); a duplicate idempotency key is ignored. */
  void enqueue(OutboxMessage message);

  /** Pending rows whose next attempt is due at {@code now}, leased to the caller until {@code leaseUntil}. */
  List<OutboxEntry> claimDue(Instant now, Instant leaseUntil, int max);

  void markSent(long entryId, Instant at);

  void markRetry(long entryId, String error, Instant nextAttemptAt);

  void markDead(long entryId, String error);

  /**
   * Puts a claimed row back as pending, due at {@code nextAttemptAt}, without counting the claim as an attempt:
   * nothing was tried because nothing is configured to deliver it (email without SendGrid). Keeps the reason.
   */
  void markWaiting(long entryId, String reason, Instant nextAttemptAt);

  /**
   * Rows that have only ever waited (never attempted, see {@link #markWaiting}) become due at {@code now}. Called
   * when a worker starts, since the configuration they waited for may have arrived.
   */
  void wakeWaiting(Instant now);

  List<OutboxEntry> forCall(CallId callId);

  OutboxStats stats();
}
