package app.chris.app.phone;

import app.chris.core.port.PhoneNumber;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The last step of draining the phone line: every call Chris is still on is put through to the office (one REST
 * request each, in parallel) and ended. Calls held while on-call staff are rung stay with Twilio's dial.
 */
final class OfficeHandover {
  private static final Logger log = LoggerFactory.getLogger(OfficeHandover.class);
  private final LiveCalls calls;
  private final ExecutorService io;
  private final Duration patience;

  OfficeHandover(LiveCalls calls, ExecutorService io, Duration patience) {
    this.calls = calls;
    this.io = io;
    this.patience = patience;
  }

  /** Returns how many calls were handed over. */
  int handOver(Optional<PhoneNumber> office, String reason) {
    List<PhoneCall> remaining = calls.liveCalls();
    CompletableFuture<?>[] handovers = remaining.stream().map(call -> CompletableFuture.runAsync(() -> {
      try {
        call.handOver(office, reason);
      } finally {
        calls.end(call.callSid());
      }
    }, io)).toArray(CompletableFuture[]::new);
    try {
      CompletableFuture.allOf(handovers).get(patience.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (ExecutionException | TimeoutException e) {
      log.warn("Handing calls over to the office did not finish cleanly: {}", e.toString());
    }
    return remaining.size();
  }
}
