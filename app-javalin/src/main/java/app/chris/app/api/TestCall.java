package app.chris.app.api;

import app.chris.app.live.CallReport;
import app.chris.core.call.CallSession;
import app.chris.core.port.CallRecord;
import java.time.Instant;
import java.util.function.Consumer;

/**
 * One live test call: its session, its text output and when the caller last did something. Turns on the same
 * call are serialized so each response carries exactly the replies to its own input.
 */
final class TestCall {
  private final CallSession session;
  private final TextCallOutput output;
  private final CallReport report;
  private volatile Instant lastActivity;

  TestCall(CallSession session, TextCallOutput output, CallReport report, Instant now) {
    this.session = session;
    this.output = output;
    this.report = report;
    this.lastActivity = now;
  }

  synchronized TurnResult begin() {
    session.begin();
    return collect();
  }

  /** {@code said} is what the caller typed (or pressed), as the live view shows it. */
  synchronized TurnResult turn(String said, Consumer<CallSession> input, Instant now) {
    lastActivity = now;
    report.callerSaid(said);
    input.accept(session);
    return collect();
  }

  /** Ends the call from the caller's side (idempotent) and returns its record. */
  synchronized CallRecord hangUp() {
    return session.hangUp();
  }

  synchronized boolean ended() {
    return output.ended() || session.ended();
  }

  Instant lastActivity() {
    return lastActivity;
  }

  private TurnResult collect() {
    boolean over = ended();
    if (over && !session.ended()) {
      // Chris hung up or transferred: close the session so the record is final.
      session.hangUp();
    }
    return new TurnResult(output.drainReplies(), over, output.drainEvents());
  }
}
