package app.chris.core.outbox;

import java.util.concurrent.atomic.AtomicLong;

/** What an {@link OutboxWorker} has done since start, counted as it happens. Thread-safe (atomic counters). */
final class OutboxCounts {
  private final AtomicLong delivered = new AtomicLong();
  private final AtomicLong retried = new AtomicLong();
  private final AtomicLong dead = new AtomicLong();
  private final AtomicLong errors = new AtomicLong();
  private final AtomicLong waiting = new AtomicLong();

  void delivered() {
    delivered.incrementAndGet();
  }

  void retried() {
    retried.incrementAndGet();
  }

  void dead() {
    dead.incrementAndGet();
  }

  /** The outbox store failed a claim or an update (bookkeeping, not delivery). */
  void error() {
    errors.incrementAndGet();
  }

  void waiting() {
    waiting.incrementAndGet();
  }

  OutboxWorker.Stats stats() {
    return new OutboxWorker.Stats(delivered.get(), retried.get(), dead.get(), errors.get(), waiting.get());
  }
}
