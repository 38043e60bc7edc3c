package app.chris.app.phone;

import app.chris.adapters.twilio.AfterDial;
import app.chris.adapters.twilio.DialContinuation;
import app.chris.adapters.twilio.TransferPlan;
import app.chris.core.call.TransferStep;
import app.chris.core.port.StreamTokens;
import java.util.Optional;

/**
 * A finished dial of a call this server holds parked (the on-call ladder), in Twilio's terms: ring the next
 * person, bring the caller back to Chris on a fresh stream token, or hang up. The call's session decides which.
 */
final class ParkedDials implements DialContinuation {
  private final LiveCalls calls;
  private final StreamTokens tokens;

  ParkedDials(LiveCalls calls, StreamTokens tokens) {
    this.calls = calls;
    this.tokens = tokens;
  }

  @Override
  public Optional<AfterDial> afterDial(String callSid, boolean connected, boolean callerGone, String detail) {
    return calls.afterDial(callSid, connected, callerGone, detail).map(step -> {
      if (step instanceof TransferStep.Dial dial) {
        return new AfterDial.Ring(TransferPlan.to(dial.to()).withWhisper(dial.whisper()));
      }
      if (step instanceof TransferStep.BackToAssistant) {
        return new AfterDial.Reconnect(tokens.issue(callSid));
      }
      return new AfterDial.HangUp();
    });
  }
}
