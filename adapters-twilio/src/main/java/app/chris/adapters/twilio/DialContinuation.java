package app.chris.adapters.twilio;

import java.util.Optional;

/** The host's say in a finished {@code <Dial>}: empty for calls it no longer holds (ordinary transfers). */
@FunctionalInterface
public interface DialContinuation {
  /**
   * {@code connected}: the dialed person picked up; {@code callerGone}: the caller hung up meanwhile;
   * {@code detail}: Twilio's dial status and duration, for the record (e.g. "no-answer", "completed, 95 s").
   */
  Optional<AfterDial> afterDial(String callSid, boolean connected, boolean callerGone, String detail);
}
