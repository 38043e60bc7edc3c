package app.chris.app.phone;

import app.chris.adapters.twilio.TwilioCallControl;
import app.chris.app.live.CallReport;
import app.chris.core.call.CallSession;
import app.chris.core.port.PortException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A call's way on once its ears are gone for good: Twilio's own recognition (the keypad-and-speech flow) takes
 * the live call over, and each of its turns runs on the call's thread against the same session. Thread-safe.
 */
final class KeypadFallback {
  static final Duration GATHER_PATIENCE = Duration.ofSeconds(12);
  private static final Logger log = LoggerFactory.getLogger(KeypadFallback.class);

  private final String callSid;
  private final CallSession session;
  private final CallReport report;
  private final CallThread turns;
  private final TwilioCallControl control;
  private final AtomicBoolean gathering = new AtomicBoolean();
  private final GatherTurns gather = new GatherTurns();

  KeypadFallback(String callSid, CallSession session, CallReport report, CallThread turns, TwilioCallControl control) {
    this.callSid = callSid;
    this.session = session;
    this.report = report;
    this.turns = turns;
    this.control = control;
  }

  /** True once the call was moved to the keypad-and-speech flow ({@code /twilio/gather}). */
  boolean gathering() {
    return gathering.get();
  }

  /**
   * Redirects the live call to the keypad-and-speech flow (its media stream ends; the call is kept); the first
   * turn there moves the session's output over. False only when Twilio could not be told: the call stays on its
   * stream, keypad only.
   */
  boolean moveToGather() {
    if (!gathering.compareAndSet(false, true)) {
      return true;
    }
    try {
      control.redirectToGather(callSid);
      log.warn("Call {}: no ears for the rest of the call: moved to the keypad-and-speech flow", callSid);
      return true;
    } catch (PortException e) {
      gathering.set(false);
      log.warn("Call {}: no ears and no redirect ({}): only keypad input is understood", callSid, e.kind());
      return false;
    }
  }

  /**
   * One turn of the keypad-and-speech flow, run on the call's thread like every turn: what Chris says and what
   * the line does next. Blocks the webhook up to {@link #GATHER_PATIENCE} (Twilio waits 15 s).
   */
  GatherOutput.Turn turn(Optional<String> heard) {
    CompletableFuture<GatherOutput.Turn> done = new CompletableFuture<>();
    turns.submit(() -> {
      if (gather.firstTurn()) {
        session.resume(report.output(gather.output())); // Chris speaks into the flow from now on
      }
      done.complete(gather.run(heard, session, report::callerSaid));
    });
    try {
      return done.get(GATHER_PATIENCE.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return GatherTurns.over();
    } catch (ExecutionException | TimeoutException e) {
      log.warn("Call {}: a keypad-and-speech turn did not finish: {}", callSid, e.toString());
      return GatherTurns.over();
    }
  }
}
