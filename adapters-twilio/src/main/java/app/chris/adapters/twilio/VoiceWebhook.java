package app.chris.adapters.twilio;

import app.chris.core.port.StreamTokens;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * {@code POST /twilio/voice}: verifies the request, mints a stream token for the CallSid and answers with
 * {@code <Connect><Stream>}. Twilio retries a slow webhook; the same CallSid within the token lifetime gets the
 * very same answer and is announced to {@code onNewCall} only once. Later repeats (up to Twilio's 4-hour call
 * limit) are replays of a captured request and are refused rather than minting a fresh token. Thread-safe.
 */
public final class VoiceWebhook {
  private final WebhookGate gate;
  private final StreamTokens tokens;
  private final PublicUrls urls;
  private final Clock clock;
  private final Consumer<IncomingCall> onNewCall;
  private final Duration retryWindow = StreamTokens.LIFETIME;
  private final Duration replayWindow = Duration.ofHours(4);
  private final Map<String, Answer> answers = new ConcurrentHashMap<>();

  public VoiceWebhook(
      WebhookGate gate, StreamTokens tokens, PublicUrls urls, Clock clock, Consumer<IncomingCall> onNewCall) {
    this.gate = Objects.requireNonNull(gate, "gate");
    this.tokens = Objects.requireNonNull(tokens, "tokens");
    this.urls = Objects.requireNonNull(urls, "urls");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.onNewCall = Objects.requireNonNull(onNewCall, "onNewCall");
  }

  public WebhookReply handle(WebhookRequest request) {
    return gate.forCall(request, callSid -> answer(request, callSid));
  }

  private WebhookReply answer(WebhookRequest request, String callSid) {
    Instant now = clock.instant();
    answers.values().removeIf(a -> !now.isBefore(a.forgetAt()));
    Answer[] fresh = new Answer[1];
    Answer answer = answers.computeIfAbsent(callSid, sid -> fresh[0] = newAnswer(request, sid, now));
    if (answer == fresh[0]) {
      // Announced outside the map update so a slow listener never blocks other calls' webhooks.
      onNewCall.accept(answer.call());
    } else if (!now.isBefore(answer.retryUntil())) {
      return new WebhookReply.Refused(403, "replayed webhook");
    }
    return new WebhookReply.Twiml(answer.xml());
  }

  private Answer newAnswer(WebhookRequest request, String callSid, Instant now) {
    String token = tokens.issue(callSid);
    IncomingCall call = new IncomingCall(callSid, request.field("AccountSid").orElse(""),
        request.field("From").orElse(""), request.field("To").orElse(""), token);
    return new Answer(call, TwilioTwiml.connectStream(urls, call), now.plus(retryWindow), now.plus(replayWindow));
  }

  private record Answer(IncomingCall call, String xml, Instant retryUntil, Instant forgetAt) {}
}
