package app.chris.adapters.twilio;

import static app.chris.adapters.twilio.Fixtures.ACCOUNT;
import static app.chris.adapters.twilio.Fixtures.CALL;
import static org.assertj.core.api.Assertions.assertThat;

import app.chris.adapters.twilio.StreamAdmission.Verdict;
import app.chris.core.port.StreamTokens;
import app.chris.testkit.twilio.TwilioMediaFrames;
import app.chris.testkit.twilio.TwilioWebhookForms;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The whole handshake: voice webhook mints a token, Twilio's start frame must bring it back once. */
class StreamAdmissionTest {
  private final TestClock clock = new TestClock();
  private final StreamTokens tokens = new InMemoryStreamTokens(clock);
  private final VoiceWebhook webhook = new VoiceWebhook(Fixtures.gate(), tokens, Fixtures.URLS, clock, c -> { });
  private final StreamAdmission admission = new StreamAdmission(tokens, Optional.of(ACCOUNT));
  private final TwilioMediaCodec codec = new TwilioMediaCodec(new MediaStreamCounters());

  @Test
  void givenTokenFromOurTwiml_startFrame_isAdmittedOnce() {
    String token = answerCall(CALL);

    assertThat(admission.admit(start(CALL, ACCOUNT, token))).isEqualTo(Verdict.ADMITTED);
    assertThat(admission.admit(start(CALL, ACCOUNT, token))).isEqualTo(Verdict.USED_TOKEN);
  }

  @Test
  void givenStartFrameForAnotherCall_admit_refuses() {
    String token = answerCall(CALL);
    assertThat(admission.admit(start("CA00000000000000000000000000000002", ACCOUNT, token)))
        .isEqualTo(Verdict.WRONG_CALL);
  }

  @Test
  void givenStartFrameAfterTokenExpired_admit_refuses() {
    String token = answerCall(CALL);
    clock.advance(Duration.ofSeconds(61));
    assertThat(admission.admit(start(CALL, ACCOUNT, token))).isEqualTo(Verdict.EXPIRED_TOKEN);
  }

  @Test
  void givenStartFrameWithoutTokenOrFromForeignAccount_admit_refuses() {
    String token = answerCall(CALL);
    InboundFrame.Start noToken = (InboundFrame.Start) codec.decode(
        new TwilioMediaFrames("MZ1", CALL, ACCOUNT).start(Map.of()));
    assertThat(admission.admit(noToken)).isEqualTo(Verdict.NO_TOKEN);
    assertThat(admission.admit(start(CALL, "AC999", token))).isEqualTo(Verdict.FOREIGN_ACCOUNT);
    assertThat(admission.admit(start(CALL, ACCOUNT, "made-up"))).isEqualTo(Verdict.UNKNOWN_TOKEN);
  }

  private String answerCall(String callSid) {
    WebhookReply reply = webhook.handle(Fixtures.signed("/twilio/voice",
        TwilioWebhookForms.incomingCall(callSid, ACCOUNT, "+12175550101", "+12175550100")));
    return Twiml.of(reply).at("//Parameter[@name='token']/@value");
  }

  private InboundFrame.Start start(String callSid, String accountSid, String token) {
    return (InboundFrame.Start) codec.decode(
        new TwilioMediaFrames("MZ1", callSid, accountSid).start(Map.of("token", token)));
  }
}
