package app.chris.core.speech;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Waits for slow work, running {@code onHold} once if it takes longer than a beat. Stateless. */
public final class Patience {
  private Patience() {}

  /**
   * Waits up to {@code limit} for {@code work}; after {@code holdAfter} without a result runs {@code onHold}
   * (the hold phrase) and keeps waiting. Throws {@link TimeoutException} past the limit (the work is cancelled).
   */
  public static <T> T await(Future<T> work, Duration holdAfter, Duration limit, Runnable onHold)
      throws TimeoutException, ExecutionException, InterruptedException {
    long start = System.nanoTime();
    try {
      return work.get(Math.min(holdAfter.toNanos(), limit.toNanos()), TimeUnit.NANOSECONDS);
    } catch (TimeoutException slow) {
      if (holdAfter.compareTo(limit) < 0) {
        onHold.run();
      }
    }
    long left = limit.toNanos() - (System.nanoTime() - start);
    try {
      return work.get(Math.max(0, left), TimeUnit.NANOSECONDS);
    } catch (TimeoutException tooSlow) {
      work.cancel(true);
      throw tooSlow;
    }
  }
}
