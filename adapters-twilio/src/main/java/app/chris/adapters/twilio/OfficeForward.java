package app.chris.adapters.twilio;

import app.chris.core.port.PhoneNumber;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code POST /twilio/voice} while the server is shutting down: a new call is not given to Chris but put straight
 * through to the office (or, without an office number, asked to call back), with TwiML that needs nothing more
 * from this server. Thread-safe.
 */
public final class OfficeForward {
  static final String PUT_THROUGH = "Thanks for calling. I'm putting you through to the office now.";
  static final String CALL_BACK = "Thanks for calling. We can't take your call right now. Please call back in a few "
      + "minutes.";
  static final String NOBODY_ANSWERED = "Sorry, nobody could take your call right now. Please call back a little "
      + "later. Goodbye.";
  /** Said to a caller Chris was talking with when the server had to stop. */
  public static final String HANDING_OVER = "I'm sorry, I have to hand you over now. I'm putting you through to "
      + "the office.";

  private final WebhookGate gate;
  private final Optional<PhoneNumber> office;

  public OfficeForward(WebhookGate gate, Optional<PhoneNumber> office) {
    this.gate = Objects.requireNonNull(gate, "gate");
    this.office = Objects.requireNonNull(office, "office");
  }

  public WebhookReply handle(WebhookRequest request) {
    return gate.forCall(request, callSid -> new WebhookReply.Twiml(TwilioTwiml.forwardToOffice(
        office.isPresent() ? PUT_THROUGH : CALL_BACK, office, NOBODY_ANSWERED)));
  }
}
