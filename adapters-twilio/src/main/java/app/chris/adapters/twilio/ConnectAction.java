package app.chris.adapters.twilio;

import app.chris.core.port.PhoneNumber;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code POST /twilio/connect-action}: Twilio asks what to do once the media stream has ended. If Chris ended
 * it on purpose the call is hung up; if the stream broke, the caller is apologised to and put through to the
 * office (or, without an office number, told to call back). Thread-safe.
 */
public final class ConnectAction {
  static final String APOLOGY = "Sorry, I'm having trouble on my end. Let me put you through to the office.";
  static final String CALL_BACK = "Sorry, I'm having trouble on my end. Please call us back in a few minutes.";

  private final WebhookGate gate;
  private final StreamEndings endings;
  private final Optional<PhoneNumber> office;
  private final PublicUrls urls;

  public ConnectAction(WebhookGate gate, StreamEndings endings, Optional<PhoneNumber> office, PublicUrls urls) {
    this.gate = Objects.requireNonNull(gate, "gate");
    this.endings = Objects.requireNonNull(endings, "endings");
    this.office = Objects.requireNonNull(office, "office");
    this.urls = Objects.requireNonNull(urls, "urls");
  }

  public WebhookReply handle(WebhookRequest request) {
    return gate.forCall(request, this::afterStream);
  }

  private WebhookReply afterStream(String callSid) {
    if (endings.endedByAssistant(callSid)) {
      return new WebhookReply.Twiml(TwilioTwiml.hangUp());
    }
    String xml = office.map(number -> TwilioTwiml.sayThenDial(APOLOGY, number, urls))
        .orElseGet(() -> TwilioTwiml.sayThenHangUp(CALL_BACK));
    return new WebhookReply.Twiml(xml);
  }
}
