package app.chris.core.outbox;

import app.chris.core.port.FailureKind;
import app.chris.core.port.Notifier;
import app.chris.core.port.Outbox;
import app.chris.core.port.OutboxEntry;
import app.chris.core.port.PortException;
import app.chris.core.port.PropertySystem;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.random.RandomGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers due outbox rows at least once: emails to the {@link Notifier}, work orders, call notes and prospects to
 * the {@link PropertySystem}, each with the row's idempotency key. Failures are retried with jittered exponential
 * backoff; non-retryable ones and rows out of attempts go DEAD (visible in {@link #stats()}). A port that is not
 * configured ({@link FailureKind#NOT_CONFIGURED}) burns no attempt: its rows wait, pending, and are woken when a
 * worker starts. Thread-safe; runs are serialised and blocking.
 */
public final class OutboxWorker {
  private static final Logger log = LoggerFactory.getLogger(OutboxWorker.class);
  private static final Duration DEFAULT_POLL = Duration.ofSeconds(1);
  private static final int MAX_ERROR_CHARS = 500;

  private final Outbox outbox;
  private final Deliveries deliveries;
  private final Clock clock;
  private final OutboxSettings settings;
  private final Backoff backoff;
  private final AtomicLong delivered = new AtomicLong();
  private final AtomicLong retried = new AtomicLong();
  private final AtomicLong dead = new AtomicLong();
  private final AtomicLong errors = new AtomicLong();
  private final AtomicLong waiting = new AtomicLong();
  private final AtomicReference<ScheduledFuture<?>> schedule = new AtomicReference<>();

  /**
   * Counts since start: rows delivered, retries scheduled, rows given up on, bookkeeping errors, and rows put back
   * to wait because their channel is not configured.
   */
  public record Stats(long delivered, long retried, long dead, long errors, long waiting) {
    public Stats(long delivered, long retried, long dead, long errors) {
      this(delivered, retried, dead, errors, 0);
    }
  }

  public OutboxWorker(Outbox outbox, Notifier notifier, PropertySystem propertySystem, Clock clock,
      OutboxSettings settings, RandomGenerator random) {
    this.outbox = Objects.requireNonNull(outbox, "outbox");
    this.deliveries = new Deliveries(Objects.requireNonNull(notifier, "notifier"),
        Objects.requireNonNull(propertySystem, "propertySystem"));
    this.clock = Objects.requireNonNull(clock, "clock");
    this.settings = Objects.requireNonNull(settings, "settings");
    this.backoff = new Backoff(settings.baseBackoff(), settings.maxBackoff(), Objects.requireNonNull(random, "random"));
  }

  /** Claims one batch of due rows and settles each. Never throws; returns how many rows it claimed. */
  public synchronized int runOnce() {
    List<OutboxEntry> due;
    try {
      Instant now = clock.instant();
      due = outbox.claimDue(now, now.plus(settings.lease()), settings.batchSize());
    } catch (RuntimeException e) {
      errors.incrementAndGet();
      log.warn("outbox claim failed, will try again next run: {}", e.toString());
      return 0;
    }
    due.forEach(this::settle);
    return due.size();
  }

  /** Polls every second on {@code executor} (owned by the caller) until {@link #stop()}. */
  public void start(ScheduledExecutorService executor) {
    start(executor, DEFAULT_POLL);
  }

  public void start(ScheduledExecutorService executor, Duration every) {
    wakeWaiting();
    ScheduledFuture<?> started = executor.scheduleWithFixedDelay(
        this::runOnce, 0, every.toMillis(), TimeUnit.MILLISECONDS);
    if (!schedule.compareAndSet(null, started)) {
      started.cancel(false);
      throw new IllegalStateException("outbox worker already started");
    }
  }

  /** Stops polling; a run in progress finishes (its rows are settled or their leases expire). */
  public void stop() {
    ScheduledFuture<?> running = schedule.getAndSet(null);
    if (running != null) {
      running.cancel(false);
    }
  }

  public Stats stats() {
    return new Stats(delivered.get(), retried.get(), dead.get(), errors.get(), waiting.get());
  }

  /** Rows that waited for a channel to be configured get one try now (they wait again if it still is not). */
  private void wakeWaiting() {
    try {
      outbox.wakeWaiting(clock.instant());
    } catch (RuntimeException e) {
      errors.incrementAndGet();
      log.warn("outbox could not wake waiting rows; they are tried at their next due time: {}", e.toString());
    }
  }

  private void settle(OutboxEntry entry) {
    try {
      deliveries.deliver(entry.message());
    } catch (PortException e) {
      if (e.kind() == FailureKind.NOT_CONFIGURED) {
        park(entry, e.getMessage());
      } else {
        failed(entry, e.kind(), e.retryAfter(), e.kind() + ": " + e.getMessage());
      }
      return;
    } catch (RuntimeException e) {
      // An adapter bug, not a vendor answer: retry like UNKNOWN, but keep its message (may hold data) out of logs.
      failed(entry, FailureKind.UNKNOWN, Optional.empty(), "UNKNOWN: " + e.getClass().getName());
      return;
    }
    if (book(entry, () -> outbox.markSent(entry.id(), clock.instant()))) {
      delivered.incrementAndGet();
    }
  }

  private void failed(OutboxEntry entry, FailureKind kind, Optional<Duration> retryAfter, String error) {
    String kindOfEffect = Deliveries.kindOf(entry.message().effect());
    int attempt = Math.max(1, entry.attempts());
    String trimmed = trim(error);
    if (!kind.retryable() || attempt >= settings.maxAttempts()) {
      String reason = kind.retryable() ? "gave up after " + attempt + " attempts: " + trimmed : trimmed;
      if (book(entry, () -> outbox.markDead(entry.id(), reason))) {
        dead.incrementAndGet();
        log.warn("outbox row {} ({}) is dead: {}", entry.id(), kindOfEffect, reason);
      }
      return;
    }
    Instant next = clock.instant().plus(backoff.after(attempt, retryAfter));
    if (book(entry, () -> outbox.markRetry(entry.id(), trimmed, next))) {
      retried.incrementAndGet();
      log.info("outbox row {} ({}) attempt {} failed, retry at {}: {}", entry.id(), kindOfEffect, attempt, next, kind);
    }
  }

  /** Nothing could be tried: the row waits (no attempt counted) and is looked at again after the longest backoff. */
  private void park(OutboxEntry entry, String reason) {
    Instant next = clock.instant().plus(settings.maxBackoff());
    if (book(entry, () -> outbox.markWaiting(entry.id(), trim(reason), next))) {
      waiting.incrementAndGet();
      log.debug("outbox row {} ({}) waits: {}", entry.id(), Deliveries.kindOf(entry.message().effect()), reason);
    }
  }

  private static String trim(String error) {
    return error.length() > MAX_ERROR_CHARS ? error.substring(0, MAX_ERROR_CHARS) : error;
  }

  /** Records an outcome; if the store fails, the lease runs out and the row is delivered again (same key). */
  private boolean book(OutboxEntry entry, Runnable mark) {
    try {
      mark.run();
      return true;
    } catch (RuntimeException e) {
      errors.incrementAndGet();
      log.warn("outbox row {} could not be updated: {}", entry.id(), e.toString());
      return false;
    }
  }
}
