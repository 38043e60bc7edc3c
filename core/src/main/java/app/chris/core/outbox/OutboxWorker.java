package app.chris.core.outbox;

import app.chris.core.port.FailureKind;
import app.chris.core.port.Notifier;
import app.chris.core.port.Outbox;
import app.chris.core.port.OutboxEntry;
import app.chris.core.port.PropertySystem;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
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

  private final Outbox outbox;
  private final Clock clock;
  private final OutboxSettings settings;
  private final OutboxCounts counts = new OutboxCounts();
  private final RowSettler settler;
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
    Deliveries deliveries = new Deliveries(Objects.requireNonNull(notifier, "notifier"),
        Objects.requireNonNull(propertySystem, "propertySystem"));
    this.clock = Objects.requireNonNull(clock, "clock");
    this.settings = Objects.requireNonNull(settings, "settings");
    Backoff backoff = new Backoff(settings.baseBackoff(), settings.maxBackoff(),
        Objects.requireNonNull(random, "random"));
    this.settler = new RowSettler(outbox, deliveries, clock, settings, backoff, counts);
  }

  /** Claims one batch of due rows and settles each. Never throws; returns how many rows it claimed. */
  public synchronized int runOnce() {
    List<OutboxEntry> due;
    try {
      Instant now = clock.instant();
      due = outbox.claimDue(now, now.plus(settings.lease()), settings.batchSize());
    } catch (RuntimeException e) {
      counts.error();
      log.warn("outbox claim failed, will try again next run: {}", e.toString());
      return 0;
    }
    due.forEach(settler::settle);
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
    return counts.stats();
  }

  /** Rows that waited for a channel to be configured get one try now (they wait again if it still is not). */
  private void wakeWaiting() {
    try {
      outbox.wakeWaiting(clock.instant());
    } catch (RuntimeException e) {
      counts.error();
      log.warn("outbox could not wake waiting rows; they are tried at their next due time: {}", e.toString());
    }
  }
}
