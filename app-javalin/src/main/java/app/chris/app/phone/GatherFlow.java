package app.chris.app.phone;

import app.chris.core.call.FixedLines;
import app.chris.core.speech.SentenceSplitter;
import app.chris.adapters.twilio.GatherTwiml;
import app.chris.adapters.twilio.PhraseLinks;
import app.chris.adapters.twilio.PublicUrls;
import app.chris.adapters.twilio.TransferPlan;
import app.chris.adapters.twilio.WebhookGate;
import app.chris.adapters.twilio.WebhookReply;
import app.chris.adapters.twilio.WebhookRequest;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code POST /twilio/gather} (signed): the keypad-and-speech flow a call is moved to when its ears cannot open.
 * Twilio's own recognition hears the caller ({@code SpeechResult}, or {@code Digits}); the call's session decides
 * each turn as before, with the same memory; Chris's words are played in his voice ({@link PhraseAudio}).
 */
final class GatherFlow {
  private static final Logger log = LoggerFactory.getLogger(GatherFlow.class);
  static final String CALL_BACK = FixedLines.KEYPAD_LOST_CALL;

  private final WebhookGate gate;
  private final LiveCalls calls;
  private final PublicUrls urls;
  private final PhraseAudio phrases;
  private final PhraseLinks links;

  GatherFlow(WebhookGate gate, LiveCalls calls, PublicUrls urls, PhraseAudio phrases, PhraseLinks links) {
    this.gate = gate;
    this.calls = calls;
    this.urls = urls;
    this.phrases = phrases;
    this.links = links;
  }

  /**
   * The lines any instance can play for a link another instance made ({@link PhraseAudio}): the company's fixed
   * lines, which every instance warms (this flow's own among them, see {@link FixedLines#keypadFallback()}).
   */
  static Supplier<List<String>> knownLines(Supplier<List<String>> fixedLines) {
    return () -> Stream.concat(FixedLines.keypadFallback().stream(), fixedLines.get().stream()).distinct().toList();
  }

  WebhookReply handle(WebhookRequest request) {
    return gate.forCall(request, callSid -> turn(callSid, request));
  }

  private WebhookReply turn(String callSid, WebhookRequest request) {
    Optional<PhoneCall> call = calls.gathering(callSid);
    if (call.isEmpty()) {
      log.warn("Call {}: a keypad-and-speech request for a call this server does not hold", callSid);
      return new WebhookReply.Twiml(GatherTwiml.hangUp(lines(List.of(CALL_BACK))));
    }
    Optional<String> heard = request.field("SpeechResult").filter(s -> !s.isBlank())
        .or(() -> request.field("Digits").filter(s -> !s.isBlank()));
    GatherOutput.Turn turn = call.get().gatherTurn(heard);
    List<GatherTwiml.Line> said = lines(turn.said());
    if (turn.next() instanceof GatherOutput.Next.Transfer transfer) {
      TransferPlan plan = TransferPlan.to(transfer.to());
      return new WebhookReply.Twiml(GatherTwiml.transfer(urls, said,
          transfer.whisper().isBlank() ? plan : plan.withWhisper(transfer.whisper())));
    }
    if (turn.next() instanceof GatherOutput.Next.HangUp) {
      calls.end(callSid);
      return new WebhookReply.Twiml(GatherTwiml.hangUp(said));
    }
    return new WebhookReply.Twiml(GatherTwiml.listen(urls, said));
  }

  /**
   * Chris's voice for each sentence (a signed, short-lived link), or Twilio's where his cannot be had right now.
   * Sentence by sentence because the phrase cache holds sentences: a fixed line then plays from the warm cache.
   */
  private List<GatherTwiml.Line> lines(List<String> texts) {
    return texts.stream().flatMap(t -> SentenceSplitter.split(t).stream())
        .map(t -> new GatherTwiml.Line(t, phrases.idFor(t).map(id -> links.url(urls, id)))).toList();
  }
}
