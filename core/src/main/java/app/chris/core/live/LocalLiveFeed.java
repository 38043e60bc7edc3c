package app.chris.core.live;

import app.chris.core.port.LiveEvent;
import app.chris.core.port.LiveFeed;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * The in-process live feed: events are handed to one feed thread and delivered to subscribers in publish order,
 * so a call thread never waits for a browser. A subscriber that throws is skipped for that event and counted.
 * When more than {@code backlog} events are waiting, new ones are dropped and counted rather than growing memory.
 */
public final class LocalLiveFeed implements LiveFeed {
  private final CopyOnWriteArrayList<Consumer<LiveEvent>> listeners = new CopyOnWriteArrayList<>();
  private final ExecutorService delivery;
  private final int backlog;
  private final AtomicLong waiting = new AtomicLong();
  private final AtomicLong dropped = new AtomicLong();
  private final AtomicLong failures = new AtomicLong();

  public LocalLiveFeed(int backlog) {
    this.backlog = backlog;
    this.delivery = Executors.newSingleThreadExecutor(r -> {
      Thread t = new Thread(r, "chris-live-feed");
      t.setDaemon(true);
      return t;
    });
  }

  public LocalLiveFeed() {
    this(10_000);
  }

  @Override
  public void publish(LiveEvent event) {
    if (waiting.incrementAndGet() > backlog) {
      waiting.decrementAndGet();
      dropped.incrementAndGet();
      return;
    }
    try {
      delivery.execute(() -> {
        waiting.decrementAndGet();
        deliver(event);
      });
    } catch (RejectedExecutionException e) {
      waiting.decrementAndGet();
      dropped.incrementAndGet(); // closed: nobody is watching any more
    }
  }

  /** Delivers on the caller's thread; feeds that receive events from elsewhere (another instance) use this. */
  public void deliver(LiveEvent event) {
    for (Consumer<LiveEvent> listener : listeners) {
      try {
        listener.accept(event);
      } catch (RuntimeException e) {
        failures.incrementAndGet();
      }
    }
  }

  @Override
  public Subscription subscribe(Consumer<LiveEvent> listener) {
    listeners.add(listener);
    return () -> listeners.remove(listener);
  }

  /** Events not delivered because the backlog was full or the feed closed. */
  public long dropped() {
    return dropped.get();
  }

  /** Subscriber calls that threw. */
  public long failures() {
    return failures.get();
  }

  @Override
  public void close() {
    delivery.shutdown();
  }
}
