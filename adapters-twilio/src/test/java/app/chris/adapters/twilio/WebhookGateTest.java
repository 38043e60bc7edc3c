package app.chris.adapters.twilio;

import static app.chris.adapters.twilio.Fixtures.ACCOUNT;
import static app.chris.adapters.twilio.Fixtures.CALL;
import static app.chris.adapters.twilio.Fixtures.SIGNER;
import static org.assertj.core.api.Assertions.assertThat;

import app.chris.testkit.twilio.TwilioWebhookForms;
import app.chris.testkit.twilio.TwilioWebhookSigner;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class WebhookGateTest {
  private final WebhookGate gate = Fixtures.gate();
  private final Map<String, String> form = TwilioWebhookForms.incomingCall(CALL, ACCOUNT, "+12175550101", "+12175550100");

  @Test
  void givenTwilioSignedForm_check_letsItThrough() {
    assertThat(gate.check(Fixtures.signed("/twilio/voice", form))).isEmpty();
  }

  @Test
  void givenNoSignatureHeader_check_refuses403() {
    WebhookRequest unsigned = WebhookRequest.of("/twilio/voice", form, Optional.empty());
    assertThat(gate.check(unsigned)).hasValueSatisfying(r -> assertThat(r.status()).isEqualTo(403));
  }

  @Test
  void givenFieldChangedAfterSigning_check_refuses403() {
    WebhookRequest genuine = Fixtures.signed("/twilio/voice", form);
    Map<String, String> tampered = new LinkedHashMap<>(form);
    tampered.put("From", "+19995550000");
    WebhookRequest forged = WebhookRequest.of("/twilio/voice", tampered, genuine.signature());
    assertThat(gate.check(forged)).hasValueSatisfying(r -> assertThat(r.status()).isEqualTo(403));
  }

  @Test
  void givenSignatureFromAnotherAuthToken_check_refuses403() {
    WebhookRequest request = Fixtures.signedBy(new TwilioWebhookSigner("someone-else"),
        "https://chris.example.com/twilio/voice", "/twilio/voice", form);
    assertThat(gate.check(request)).isPresent();
  }

  @Test
  void givenSignatureOverInternalProxyUrl_check_refusesBecauseUrlComesFromPublicBase() {
    // Behind a proxy the server sees http://10.0.0.5:8080/...; Twilio signs the public URL, so must we.
    WebhookRequest request = Fixtures.signedBy(SIGNER, "http://10.0.0.5:8080/twilio/voice", "/twilio/voice", form);
    assertThat(gate.check(request)).isPresent();
  }

  @Test
  void givenSignedQueryString_check_usesRawQueryAsReceived() {
    String url = "https://chris.example.com/twilio/whisper?text=Hello%20there";
    WebhookRequest request = new WebhookRequest("/twilio/whisper", Optional.of("text=Hello%20there"),
        Map.of("CallSid", List.of(CALL), "AccountSid", List.of(ACCOUNT)),
        Optional.of(SIGNER.sign(url, Map.of("CallSid", CALL, "AccountSid", ACCOUNT))));
    assertThat(gate.check(request)).isEmpty();
  }

  @Test
  void givenValidSignatureFromForeignAccount_check_refuses403() {
    Map<String, String> foreign = TwilioWebhookForms.incomingCall(CALL, "AC999", "+12175550101", "+12175550100");
    assertThat(gate.check(Fixtures.signed("/twilio/voice", foreign)))
        .hasValueSatisfying(r -> assertThat(r.reason()).isEqualTo("foreign account"));
  }

  @Test
  void givenNoAuthTokenConfigured_everyWebhookIsRefused() {
    WebhookGate unconfigured = new WebhookGate(new TwilioSignatureValidator("", Fixtures.URLS), Optional.empty());
    // HMAC pads keys with zero bytes, so "\0" signs exactly like an empty key would.
    WebhookRequest signedWithEmptyKey = Fixtures.signedBy(new TwilioWebhookSigner("\u0000"),
        "https://chris.example.com/twilio/voice", "/twilio/voice", form);
    assertThat(unconfigured.check(signedWithEmptyKey)).isPresent();
  }
}
