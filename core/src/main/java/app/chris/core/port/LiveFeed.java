package app.chris.core.port;

import java.util.function.Consumer;

/**
 * Publish/subscribe for {@link LiveEvent}s. The in-process feed serves one instance; the PostgreSQL feed
 * (LISTEN/NOTIFY) delivers every instance's events to every instance. Publishing never blocks a call for long and
 * never throws for a slow or failing subscriber. Thread-safe.
 */
public interface LiveFeed extends AutoCloseable {
  void publish(LiveEvent event);

  /** Delivers every later event to {@code listener} (on a feed thread) until the returned handle is closed. */
  Subscription subscribe(Consumer<LiveEvent> listener);

  @Override
  default void close() {}

  /** A subscription; closing it twice is harmless. */
  interface Subscription extends AutoCloseable {
    @Override
    void close();
  }
}
