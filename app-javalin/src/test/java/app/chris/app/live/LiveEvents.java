package app.chris.app.live;

import app.chris.core.port.LiveEvent;
import app.chris.core.port.LiveFeed;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/** Collects what a live feed delivers (on its own thread) so a test can wait for an event and read them all. */
public final class LiveEvents implements AutoCloseable {
  private final List<LiveEvent> events = new ArrayList<>();
  private final LiveFeed.Subscription subscription;

  public LiveEvents(LiveFeed feed) {
    this.subscription = feed.subscribe(this::add);
  }

  private synchronized void add(LiveEvent event) {
    events.add(event);
    notifyAll();
  }

  public synchronized List<LiveEvent> all() {
    return List.copyOf(events);
  }

  public synchronized List<LiveEvent> of(LiveEvent.Kind kind) {
    return events.stream().filter(e -> e.kind() == kind).toList();
  }

  /** Waits until an event matches; false when none did within {@code wait}. */
  public synchronized boolean await(Predicate<LiveEvent> match, Duration wait) throws InterruptedException {
    long deadline = System.nanoTime() + wait.toNanos();
    while (events.stream().noneMatch(match)) {
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        return false;
      }
      wait(Math.max(1, left / 1_000_000));
    }
    return true;
  }

  @Override
  public void close() {
    subscription.close();
  }
}
