package app.chris.adapters.twilio;

import static app.chris.adapters.twilio.Fixtures.ACCOUNT;
import static app.chris.adapters.twilio.Fixtures.CALL;
import static org.assertj.core.api.Assertions.assertThat;

import app.chris.core.port.StreamTokens;
import app.chris.testkit.twilio.TwilioWebhookForms;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class VoiceWebhookTest {
  private final TestClock clock = new TestClock();
  private final StreamTokens tokens = new InMemoryStreamTokens(clock);
  private final List<IncomingCall> announced = new CopyOnWriteArrayList<>();
  private final VoiceWebhook webhook = new VoiceWebhook(Fixtures.gate(), tokens, Fixtures.URLS, clock, announced::add);
  private final Map<String, String> form =
      TwilioWebhookForms.incomingCall(CALL, ACCOUNT, "+12175550101", "+12175550100");

  @Test
  void givenSignedIncomingCall_handle_answersWithBidirectionalStreamAndConnectAction() {
    Twiml twiml = Twiml.of(webhook.handle(Fixtures.signed("/twilio/voice", form)));

    assertThat(twiml.at("/Response/Connect/@action")).isEqualTo("https://chris.example.com/twilio/connect-action");
    assertThat(twiml.at("/Response/Connect/Stream/@url")).isEqualTo("wss://chris.example.com/twilio/media");
    assertThat(twiml.at("/Response/Connect/Stream/Parameter/@name")).isEqualTo("token");
    assertThat(twiml.count("/Response/*")).isEqualTo(1);
  }

  @Test
  void givenAnswer_theStreamTokenRedeemsOnceForThatCall() {
    Twiml twiml = Twiml.of(webhook.handle(Fixtures.signed("/twilio/voice", form)));
    String token = twiml.at("/Response/Connect/Stream/Parameter/@value");

    assertThat(tokens.redeem(token, CALL).accepted()).isTrue();
    assertThat(tokens.redeem(token, CALL).accepted()).isFalse();
  }

  @Test
  void givenAnswer_itsStreamDescribesTheCall_soAServerThatDidNotAnswerTheWebhookKnowsTheCaller() {
    Twiml twiml = Twiml.of(webhook.handle(Fixtures.signed("/twilio/voice", form)));
    String token = twiml.at("/Response/Connect/Stream/Parameter[@name='token']/@value");
    InboundFrame.Start start = new InboundFrame.Start("MZ1", CALL, ACCOUNT, List.of("inbound"), Map.of("token", token,
        "from", twiml.at("/Response/Connect/Stream/Parameter[@name='from']/@value"),
        "to", twiml.at("/Response/Connect/Stream/Parameter[@name='to']/@value")), MediaFormat.PHONE);

    assertThat(IncomingCall.describedBy(start)).hasValueSatisfying(call -> {
      assertThat(call.callerNumber()).hasValueSatisfying(n -> assertThat(n.e164()).isEqualTo("+12175550101"));
      assertThat(call.to()).isEqualTo("+12175550100");
      assertThat(call.streamToken()).isEqualTo(token);
    });
  }

  @Test
  void givenStartWithoutOurParameters_describedBy_isEmpty() {
    InboundFrame.Start start = new InboundFrame.Start("MZ1", CALL, ACCOUNT, List.of("inbound"), Map.of(),
        MediaFormat.PHONE);
    assertThat(IncomingCall.describedBy(start)).isEmpty();
  }

  @Test
  void givenNewCall_handle_announcesItWithCallerNumber() {
    webhook.handle(Fixtures.signed("/twilio/voice", form));

    assertThat(announced).singleElement().satisfies(call -> {
      assertThat(call.callSid()).isEqualTo(CALL);
      assertThat(call.callerNumber()).hasValueSatisfying(n -> assertThat(n.e164()).isEqualTo("+12175550101"));
      assertThat(call.toString()).doesNotContain(call.streamToken());
    });
  }

  @Test
  void givenTwilioRetriesSameCallSid_handle_returnsSameAnswerAndAnnouncesOnce() {
    WebhookReply first = webhook.handle(Fixtures.signed("/twilio/voice", form));
    clock.advance(Duration.ofSeconds(15));
    WebhookReply retry = webhook.handle(Fixtures.signed("/twilio/voice", form));

    assertThat(retry).isEqualTo(first);
    assertThat(announced).hasSize(1);
  }

  @Test
  void givenSameSignedRequestReplayedAfterTheTokenWindow_handle_refusesInsteadOfMintingAToken() {
    webhook.handle(Fixtures.signed("/twilio/voice", form));
    clock.advance(Duration.ofSeconds(61));

    assertThat(webhook.handle(Fixtures.signed("/twilio/voice", form)))
        .isEqualTo(new WebhookReply.Refused(403, "replayed webhook"));
    assertThat(announced).hasSize(1);
  }

  @Test
  void givenCallSidOlderThanTwilioCallLimit_isForgotten_soMemoryStaysBounded() {
    webhook.handle(Fixtures.signed("/twilio/voice", form));
    clock.advance(Duration.ofHours(5));

    assertThat(webhook.handle(Fixtures.signed("/twilio/voice", form))).isInstanceOf(WebhookReply.Twiml.class);
  }

  @Test
  void givenForgedRequest_handle_refuses403AndMintsNoToken() {
    WebhookRequest forged = WebhookRequest.of("/twilio/voice", form, Optional.of("AAAAAAAAAAAAAAAAAAAAAAAAAAA="));

    assertThat(webhook.handle(forged)).isEqualTo(new WebhookReply.Refused(403, "signature mismatch"));
    assertThat(announced).isEmpty();
  }

  @Test
  void givenSignedRequestWithoutCallSid_handle_refuses400() {
    Map<String, String> noSid = Map.of("AccountSid", ACCOUNT, "From", "+12175550101");
    WebhookReply reply = webhook.handle(Fixtures.signed("/twilio/voice", noSid));
    assertThat(reply).isInstanceOfSatisfying(WebhookReply.Refused.class, r -> assertThat(r.status()).isEqualTo(400));
  }

  @Test
  void givenPublicBaseWithPathPrefixAndMarkupCharacters_answer_isEscapedAndStillWellFormed() {
    PublicUrls odd = PublicUrls.of("https://chris.example.com/a&b'c");
    VoiceWebhook prefixed = new VoiceWebhook(
        new WebhookGate(new TwilioSignatureValidator(Fixtures.TOKEN, odd), Optional.of(ACCOUNT)),
        tokens, odd, clock, call -> { });
    String url = odd.webhook("/twilio/voice", Optional.empty());
    WebhookRequest request = Fixtures.signedBy(Fixtures.SIGNER, url, "/twilio/voice", form);

    Twiml twiml = Twiml.of(prefixed.handle(request));

    assertThat(twiml.at("/Response/Connect/Stream/@url")).isEqualTo("wss://chris.example.com/a&b'c/twilio/media");
  }
}
