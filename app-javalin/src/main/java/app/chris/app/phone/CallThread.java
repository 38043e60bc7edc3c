package app.chris.app.phone;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A call's own thread: session work (greeting, turns, keypad, hang-up) runs here in arrival order, never on the
 * socket or realtime threads. Work submitted after {@link #shutdown()} is dropped. Thread-safe.
 */
final class CallThread {
  private static final Logger log = LoggerFactory.getLogger(CallThread.class);
  private final String callSid;
  private final ExecutorService executor;
  private final AtomicInteger pending = new AtomicInteger();

  CallThread(String callSid) {
    this.callSid = callSid;
    this.executor = Executors.newSingleThreadExecutor(r -> {
      Thread t = new Thread(r, "chris-call-" + callSid);
      t.setDaemon(true);
      return t;
    });
  }

  void submit(Runnable work) {
    pending.incrementAndGet();
    try {
      executor.execute(() -> {
        try {
          work.run();
        } catch (RuntimeException e) {
          log.error("Call {}: a turn failed", callSid, e);
        } finally {
          pending.decrementAndGet();
        }
      });
    } catch (RejectedExecutionException e) {
      pending.decrementAndGet(); // the call is over: late transcripts and key presses have nobody to talk to
    }
  }

  /** True while work is queued or running. */
  boolean busy() {
    return pending.get() > 0;
  }

  /** Runs what was submitted, then stops. */
  void shutdown() {
    executor.shutdown();
  }

  /** True once shut down and the last work is done. */
  boolean finished() {
    return executor.isTerminated();
  }

  /** Waits until the last work is done, at most {@code patience}. */
  boolean awaitFinished(Duration patience) throws InterruptedException {
    return executor.awaitTermination(patience.toMillis(), TimeUnit.MILLISECONDS);
  }
}
