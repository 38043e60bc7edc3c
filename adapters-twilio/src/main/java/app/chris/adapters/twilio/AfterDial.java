package app.chris.adapters.twilio;

import java.util.Objects;

/**
 * What the caller's line does once a transfer's {@code <Dial>} ended, when the host still holds the call (an
 * on-call ladder): ring someone else, reconnect the caller to Chris's media stream, or hang up.
 */
public sealed interface AfterDial permits AfterDial.Ring, AfterDial.Reconnect, AfterDial.HangUp {

  /** Dial the next person (whisper and dial-result action as in any transfer). */
  record Ring(TransferPlan plan) implements AfterDial {
    public Ring {
      Objects.requireNonNull(plan, "plan");
    }
  }

  /** Back to Chris: a new {@code <Connect><Stream>} carrying {@code streamToken}, minted for this call. */
  record Reconnect(String streamToken) implements AfterDial {
    public Reconnect {
      Objects.requireNonNull(streamToken, "streamToken");
    }

    @Override
    public String toString() {
      return "Reconnect[streamToken=***]";
    }
  }

  /** Nothing more: end the call. */
  record HangUp() implements AfterDial {}
}
