package app.chris.adapters.twilio;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * {@code POST /twilio/dial-result}: the {@code <Dial>} of a transfer finished. A host still holding the call (an
 * emergency ringing on-call staff in turn) decides what comes next through its {@link DialContinuation}.
 * Otherwise, after a real conversation the call ends; when nobody answered, the caller hears why instead of
 * silence. Thread-safe if the continuation is.
 */
public final class DialResult {
  static final String NOBODY_ANSWERED =
      "Sorry, nobody at the office could take your call right now. Please try again later. Goodbye.";
  static final String STILL_TRYING = "Still trying to reach someone for you. Please stay on the line.";
  private static final Set<String> CONNECTED = Set.of("completed", "answered");
  private static final Set<String> CALLER_GONE = Set.of("completed", "canceled");

  private final WebhookGate gate;
  private final Optional<PublicUrls> urls;
  private final DialContinuation continuation;

  public DialResult(WebhookGate gate) {
    this.gate = Objects.requireNonNull(gate, "gate");
    this.urls = Optional.empty();
    this.continuation = (callSid, connected, gone, detail) -> Optional.empty();
  }

  public DialResult(WebhookGate gate, PublicUrls urls, DialContinuation continuation) {
    this.gate = Objects.requireNonNull(gate, "gate");
    this.urls = Optional.of(Objects.requireNonNull(urls, "urls"));
    this.continuation = Objects.requireNonNull(continuation, "continuation");
  }

  public WebhookReply handle(WebhookRequest request) {
    return gate.forCall(request, callSid -> answer(request, callSid));
  }

  private WebhookReply answer(WebhookRequest request, String callSid) {
    String status = request.field("DialCallStatus").orElse("unknown");
    boolean connected = CONNECTED.contains(status);
    // CallStatus is the caller's own leg: a final status means they hung up while the dial ran.
    boolean callerGone = request.field("CallStatus").filter(CALLER_GONE::contains).isPresent();
    String detail = status + request.field("DialCallDuration").map(s -> ", " + s + " s").orElse("");
    Optional<AfterDial> next = continuation.afterDial(callSid, connected, callerGone, detail);
    if (next.isPresent() && urls.isPresent()) {
      return new WebhookReply.Twiml(twiml(next.get(), urls.get()));
    }
    return new WebhookReply.Twiml(connected ? TwilioTwiml.hangUp() : TwilioTwiml.sayThenHangUp(NOBODY_ANSWERED));
  }

  private static String twiml(AfterDial next, PublicUrls urls) {
    if (next instanceof AfterDial.Ring ring) {
      return TwilioTwiml.transfer(urls, ring.plan().announcement().isPresent() ? ring.plan()
          : ring.plan().withAnnouncement(STILL_TRYING));
    }
    if (next instanceof AfterDial.Reconnect reconnect) {
      return TwilioTwiml.connectStream(urls, reconnect.streamToken());
    }
    return TwilioTwiml.hangUp();
  }
}
