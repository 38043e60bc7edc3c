package app.chris.testkit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;

/**
 * A clock that stands still until a test moves it (like Guava's {@code FakeTicker}). Thread-safe: time is one
 * atomic reference, shared with every {@link #withZone} view so all views move together.
 */
public final class MutableClock extends Clock {
  /** A fixed, whole-millisecond instant so stored timestamps round-trip exactly in every store. */
  public static final Instant DEFAULT_START = Instant.parse("2025-03-03T15:00:00Z");

  private final AtomicReference<Instant> now;
  private final ZoneId zone;

  private MutableClock(AtomicReference<Instant> now, ZoneId zone) {
    this.now = now;
    this.zone = Objects.requireNonNull(zone, "zone");
  }

  public MutableClock(Instant start, ZoneId zone) {
    this(new AtomicReference<>(Objects.requireNonNull(start, "start")), zone);
  }

  public static MutableClock at(Instant start) {
    return new MutableClock(start, ZoneOffset.UTC);
  }

  public static MutableClock startingNow() {
    return at(DEFAULT_START);
  }

  /** Moves time forward (or back, with a negative duration) and returns the new instant. */
  public Instant advance(Duration by) {
    Objects.requireNonNull(by, "by");
    return now.updateAndGet(t -> t.plus(by));
  }

  /**
   * For work that runs on real threads but waits on this clock (retries, backoff): moves time {@code step}
   * every 50 ms of real time until {@code condition} holds; false if it still does not after {@code patience}.
   */
  public boolean advanceUntil(BooleanSupplier condition, Duration step, Duration patience)
      throws InterruptedException {
    long end = System.nanoTime() + patience.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > end) {
        return false;
      }
      advance(step);
      Thread.sleep(50);
    }
    return true;
  }

  public void set(Instant to) {
    now.set(Objects.requireNonNull(to, "to"));
  }

  @Override
  public Instant instant() {
    return now.get();
  }

  @Override
  public ZoneId getZone() {
    return zone;
  }

  @Override
  public Clock withZone(ZoneId newZone) {
    return new MutableClock(now, newZone);
  }

  @Override
  public String toString() {
    return "MutableClock[" + now.get() + ", " + zone + "]";
  }
}
