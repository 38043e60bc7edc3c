package app.chris.app;

import app.chris.app.phone.PhoneLine;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * SIGTERM's grace for callers: the line stops taking calls, calls in progress get a while to finish, and whoever
 * is still with Chris after that is put through to the office rather than cut off.
 */
final class CallDrain {
  private static final Logger LOG = LoggerFactory.getLogger(CallDrain.class);
  private static final long DRAIN_POLL_MILLIS = 100;

  private CallDrain() {}

  static void drain(PhoneLine phone, Duration drain) throws InterruptedException {
    phone.stopTakingCalls();
    long deadline = System.nanoTime() + drain.toNanos();
    while (phone.activeCalls() > 0 && System.nanoTime() < deadline) {
      Thread.sleep(DRAIN_POLL_MILLIS);
    }
    int handedOver = phone.handOverRemaining("the server was shutting down");
    if (handedOver > 0) {
      LOG.warn("Shutting down: {} call(s) still with Chris after {} s were put through to the office", handedOver,
          drain.toSeconds());
    }
  }
}
