package app.chris.adapters.twilio;

import static app.chris.adapters.twilio.Fixtures.ACCOUNT;
import static org.assertj.core.api.Assertions.assertThat;

import app.chris.core.port.PhoneNumber;
import app.chris.core.port.StreamTokens;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Correctly signed webhooks with any fields (missing, blank, wrong types, hostile text) get TwiML or a 4xx refusal
 * from every handler; nothing throws, and no TwiML echoes markup it was sent.
 */
class WebhookFormFuzzTest {
  private static final List<String> FIELDS = List.of("CallSid", "AccountSid", "From", "To", "CallStatus",
      "CallDuration", "SequenceNumber", "DialCallStatus", "StirVerstat", "Digits", "SpeechResult");
  private final TestClock clock = new TestClock();
  private final StreamTokens tokens = new InMemoryStreamTokens(clock);
  private final List<Object> heard = new CopyOnWriteArrayList<>();
  private final Map<String, Function<WebhookRequest, WebhookReply>> handlers = Map.of(
      "/twilio/voice", new VoiceWebhook(Fixtures.gate(), tokens, Fixtures.URLS, clock, heard::add)::handle,
      "/twilio/status", new CallStatusCallback(Fixtures.gate(), heard::add)::handle,
      "/twilio/connect-action", new ConnectAction(Fixtures.gate(), sid -> false,
          Optional.of(new PhoneNumber("+12175550199")), Fixtures.URLS)::handle,
      "/twilio/dial-result", new DialResult(Fixtures.gate())::handle,
      "/twilio/whisper", r -> new TransferWhisper(Fixtures.gate()).handle(r, r.field("Digits")));

  @Property(tries = 300)
  void anySignedForm_everyHandler_answersTwimlOrRefuses(@ForAll("forms") Map<String, String> form) {
    for (Map.Entry<String, Function<WebhookRequest, WebhookReply>> handler : handlers.entrySet()) {
      WebhookReply reply = handler.getValue().apply(Fixtures.signed(handler.getKey(), form));

      if (reply instanceof WebhookReply.Refused) {
        assertThat(((WebhookReply.Refused) reply).status()).isBetween(400, 499);
      } else {
        assertThat(reply).isInstanceOfSatisfying(WebhookReply.Twiml.class,
            t -> assertThat(t.xml()).startsWith("<?xml").doesNotContain("<script"));
      }
    }
  }

  @Provide
  Arbitrary<Map<String, String>> forms() {
    Arbitrary<String> values = Arbitraries.oneOf(
        Arbitraries.strings().withCharRange(' ', '\uD7FF').ofMaxLength(40),
        Arbitraries.of("", " ", "CA00000000000000000000000000000001", ACCOUNT, "+12175550101", "+", "+1e9",
            "completed", "in-progress", "busy", "no-answer", "-1", "99999999999999999999", "NaN",
            "<script>alert(1)</script>", "]]>&amp;<Hangup/>", "TN-Validation-Passed-A", "\u0000"));
    return Arbitraries.maps(Arbitraries.of(FIELDS), values).ofMaxSize(FIELDS.size()).map(m -> {
      Map<String, String> form = new HashMap<>(m);
      form.putIfAbsent("AccountSid", ACCOUNT); // mostly ours, so the handlers get past the account check
      return form;
    });
  }
}
