package app.chris.adapters.openai;

import static org.assertj.core.api.Assertions.assertThat;

import app.chris.core.port.RealtimeEvent;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/** A realtime listener for tests: collects events and waits for the ones a test expects. */
final class RealtimeEvents {
  static final Duration WAIT = Duration.ofSeconds(3);
  private final BlockingQueue<RealtimeEvent> queue = new LinkedBlockingQueue<>();
  private final List<RealtimeEvent> seen = new ArrayList<>();

  void on(RealtimeEvent event) {
    queue.add(event);
  }

  /** Events up to and including the first that matches; fails if none arrives in time. */
  synchronized List<RealtimeEvent> until(Predicate<RealtimeEvent> wanted) throws InterruptedException {
    List<RealtimeEvent> got = new ArrayList<>();
    long end = System.nanoTime() + WAIT.toNanos();
    while (System.nanoTime() < end) {
      RealtimeEvent event = queue.poll(10, TimeUnit.MILLISECONDS);
      if (event != null) {
        got.add(event);
        seen.add(event);
        if (wanted.test(event)) {
          return got;
        }
      }
    }
    throw new AssertionError("no matching realtime event; got " + got);
  }

  /** Everything received so far (waiting for nothing). */
  synchronized List<RealtimeEvent> all() {
    queue.drainTo(seen);
    return List.copyOf(seen);
  }

  static Predicate<RealtimeEvent> transcript(String text) {
    return e -> e instanceof RealtimeEvent.Transcript t && t.complete() && t.text().equals(text);
  }

  static void assertNoFailure(List<RealtimeEvent> events) {
    assertThat(events).noneMatch(e -> e instanceof RealtimeEvent.Failed);
  }
}
