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

  /**
   * As above, except that work which {@code started} (a first word arrived) by {@code limit} may go on until
   * {@code startedLimit} in all: a model already speaking is not cut off mid-sentence.
   */
  public static <T> T await(Future<T> work, Duration holdAfter, Duration limit, Runnable onHold,
      java.util.function.BooleanSupplier started, Duration startedLimit)
      throws TimeoutException, ExecutionException, InterruptedException {
    long start = System.nanoTime();
    try {
      return await(new NoCancel<>(work), holdAfter, limit, onHold);
    } catch (TimeoutException slow) {
      if (!started.getAsBoolean() || startedLimit.compareTo(limit) <= 0) {
        work.cancel(true);
        throw slow;
      }
    }
    try {
      return work.get(Math.max(0, startedLimit.toNanos() - (System.nanoTime() - start)), TimeUnit.NANOSECONDS);
    } catch (TimeoutException tooSlow) {
      work.cancel(true);
      throw tooSlow;
    }
  }

  /** Lets the first phase time out without cancelling the work, which may still be allowed to finish. */
  private record NoCancel<T>(Future<T> work) implements Future<T> {
    @Override
    public boolean cancel(boolean interrupt) {
      return false;
    }

    @Override
    public boolean isCancelled() {
      return work.isCancelled();
    }

    @Override
    public boolean isDone() {
      return work.isDone();
    }

    @Override
    public T get() throws InterruptedException, ExecutionException {
      return work.get();
    }

    @Override
    public T get(long amount, TimeUnit unit) throws InterruptedException, ExecutionException, TimeoutException {
      return work.get(amount, unit);
    }
  }
}
