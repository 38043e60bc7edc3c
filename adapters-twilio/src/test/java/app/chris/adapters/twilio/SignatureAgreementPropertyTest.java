package app.chris.adapters.twilio;

import static org.assertj.core.api.Assertions.assertThat;

import app.chris.testkit.twilio.TwilioWebhookSigner;
import com.twilio.security.RequestValidator;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Our validator, twilio-java's RequestValidator and the testkit signer agree on arbitrary forms. */
class SignatureAgreementPropertyTest {
  private static final String URL = "https://chris.example.com/twilio/voice";
  private final TwilioSignatureValidator ours = new TwilioSignatureValidator("tok", PublicUrls.of("https://x.example"));
  private final RequestValidator theirs = new RequestValidator("tok");
  private final TwilioWebhookSigner signer = new TwilioWebhookSigner("tok");

  @Property(tries = 100)
  void signedForm_isAcceptedByBoth_andAnyChangedValueByNeither(@ForAll("forms") Map<String, String> form) {
    String signature = signer.sign(URL, form);
    assertThat(ours.matches(URL, SignatureVectorsTest.multi(form), signature)).isTrue();
    assertThat(theirs.validate(URL, form, signature)).isTrue();

    String tampered = signer.sign(URL + "x", form);
    assertThat(ours.matches(URL, SignatureVectorsTest.multi(form), tampered)).isFalse();
    assertThat(theirs.validate(URL, form, tampered)).isFalse();
  }

  @Provide
  Arbitrary<Map<String, String>> forms() {
    Arbitrary<String> names = Arbitraries.strings().withCharRange('A', 'z').ofMinLength(1).ofMaxLength(12);
    Arbitrary<String> values = Arbitraries.strings().withCharRange(' ', '\uD7FF').ofMaxLength(30);
    return Arbitraries.maps(names, values).ofMaxSize(8);
  }
}
