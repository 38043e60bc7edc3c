package app.chris.core.outbox;

import app.chris.core.port.CallId;
import app.chris.core.port.Outbox;
import app.chris.core.port.OutboxEntry;
import app.chris.core.port.OutboxMessage;
import app.chris.core.port.OutboxStats;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/** Delegates to a real outbox, but the next {@code n} markSent calls fail as a dropped connection would. */
final class FlakyOutbox implements Outbox {
  private final Outbox delegate;
  private final AtomicInteger failingMarkSent;

  FlakyOutbox(Outbox delegate, int failingMarkSent) {
    this.delegate = delegate;
    this.failingMarkSent = new AtomicInteger(failingMarkSent);
  }

  @Override
  public void enqueue(OutboxMessage message) {
    delegate.enqueue(message);
  }

  @Override
  public List<OutboxEntry> claimDue(Instant now, Instant leaseUntil, int max) {
    return delegate.claimDue(now, leaseUntil, max);
  }

  @Override
  public void markSent(long entryId, Instant at) {
    if (failingMarkSent.getAndDecrement() > 0) {
      throw new IllegalStateException("connection lost");
    }
    delegate.markSent(entryId, at);
  }

  @Override
  public void markRetry(long entryId, String error, Instant nextAttemptAt) {
    delegate.markRetry(entryId, error, nextAttemptAt);
  }

  @Override
  public void markDead(long entryId, String error) {
    delegate.markDead(entryId, error);
  }

  @Override
  public void markWaiting(long entryId, String reason, Instant nextAttemptAt) {
    delegate.markWaiting(entryId, reason, nextAttemptAt);
  }

  @Override
  public void wakeWaiting(Instant now) {
    delegate.wakeWaiting(now);
  }

  @Override
  public List<OutboxEntry> forCall(CallId callId) {
    return delegate.forCall(callId);
  }

  @Override
  public OutboxStats stats() {
    return delegate.stats();
  }
}
