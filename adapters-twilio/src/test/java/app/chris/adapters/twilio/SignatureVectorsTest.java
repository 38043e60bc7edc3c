package app.chris.adapters.twilio;

import static org.assertj.core.api.Assertions.assertThat;

import app.chris.testkit.twilio.TwilioWebhookSigner;
import com.twilio.security.RequestValidator;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Twilio's official RequestValidator test vectors (twilio-java/python/node), against our validator and theirs. */
class SignatureVectorsTest {
  private static final String TOKEN = "12345";
  private static final String URL = "https://mycompany.com/myapp.php?foo=1&bar=2";
  private final TwilioSignatureValidator validator =
      new TwilioSignatureValidator(TOKEN, PublicUrls.of("https://mycompany.com"));
  private final RequestValidator twilio = new RequestValidator(TOKEN);

  static Map<String, String> base() {
    Map<String, String> p = new LinkedHashMap<>();
    p.put("CallSid", "CA1234567890ABCDE");
    p.put("Caller", "+14158675309");
    p.put("Digits", "1234");
    p.put("From", "+14158675309");
    p.put("To", "+18005551212");
    return p;
  }

  static Map<String, String> of(String... kv) {
    Map<String, String> p = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      p.put(kv[i], kv[i + 1]);
    }
    return p;
  }

  static Stream<Arguments> validVectors() {
    return Stream.of(
        Arguments.of("base", URL, base(), "RSOYDt4T1cUTdK1PDd93/VVr8B8="),
        Arguments.of("custom port stripped", "https://mycompany.com:1234/myapp.php?foo=1&bar=2", base(),
            "RSOYDt4T1cUTdK1PDd93/VVr8B8="),
        Arguments.of("signed with :443", URL, base(), "kvajT1Ptam85bY51eRf/AJRuM3w="),
        Arguments.of("http signed with :80", "http://mycompany.com/myapp.php?foo=1&bar=2", base(),
            "0ZXoZLH/DfblKGATFgpif+LLRf4="),
        Arguments.of("http with port", "http://mycompany.com:1234/myapp.php?foo=1&bar=2", base(),
            "Zmvh+3yNM1Phv2jhDCwEM3q5ebU="),
        Arguments.of("no params", URL, Map.of(), "zYQTYrRWXE7LtzbG4PfP7/bkkGo="),
        Arguments.of("no query", "https://mycompany.com/myapp.php", base(), "1xaxFBvyzXYvWplzNOSs28HWO94="),
        Arguments.of("sorted names", URL, of("Zebra", "last", "Alpha", "first", "Beta", "second", "Gamma", "third"),
            "enveUe73ZTVLAekHxez3Qx6JuuQ="),
        Arguments.of("case-sensitive sort", URL, of("callSid", "lowercase", "CallSid", "uppercase", "CALLSID",
            "allcaps"), "jDK7WKT8wiNrwggd4ceTv4e1MJ4="),
        Arguments.of("special characters", URL, of("Message", "Hello & goodbye! @#$%^*()", "From",
            "+1 (415) 867-5309", "Special", "unicode: ñáéíóú"), "dCPiR4WtQ6QFN6pJh81CtlCcWLQ="),
        Arguments.of("empty values", URL, of("Digits", "", "CallSid", "CA1234567890ABCDE", "EmptyParam", ""),
            "9HHp/OqQMEwdrVebHDdA/+tqjX8="),
        Arguments.of("percent-encoded query verbatim", "https://mycompany.com/myapp.php?foo=hello%20world&bar=test%2Bvalue",
            base(), "er2tvAP1Wx+iuTTE2BPgvEaN1cs="),
        Arguments.of("query is signed", URL + "&type=thiswontbeusedinthesignaturegeneratorandsoshouldbeignored",
            base(), "hYkNsTBttoNGkyCS0p+wWmQoRTg="),
        Arguments.of("non-ASCII URL", "https://mycompany.com/webhook/España?año=2023", base(),
            "G/Hx6mqqnjUNlPAoi2Sp9bGst0g="),
        Arguments.of("double slash with :443", "https://mycompany.com:443//myapp.php?foo=1&bar=2", base(),
            "A9lH3u16NjyiiM/+wylw5rirFUs="));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("validVectors")
  void official_vector_is_accepted_by_ours_and_by_twilio_java(
      String name, String url, Map<String, String> params, String signature) {
    assertThat(validator.matches(url, multi(params), signature)).isTrue();
    assertThat(twilio.validate(url, params, signature)).isTrue();
  }

  @Test
  void null_values_count_as_empty_strings() {
    Map<String, List<String>> params = new LinkedHashMap<>();
    params.put("Digits", Arrays.asList((String) null));
    params.put("CallSid", List.of("CA1234567890ABCDE"));
    params.put("NullParam", Arrays.asList((String) null));
    assertThat(validator.matches(URL, params, "L9lTTwIlxM1xGAtLRwhOSZggRhM=")).isTrue();
  }

  @Test
  void repeated_fields_are_appended_with_sorted_values() {
    Map<String, List<String>> params = Map.of("Sid", List.of("CA123"), "SidAccount", List.of("AC123"),
        "Digits", List.of("5678", "1234"));
    assertThat(validator.matches(URL, params, "IK+Dwps556ElfBT0I3Rgjkr1wJU=")).isTrue();
    assertThat(new TwilioWebhookSigner(TOKEN).signMulti(URL, params)).isEqualTo("IK+Dwps556ElfBT0I3Rgjkr1wJU=");
  }

  @Test
  void wrong_signature_is_refused_by_both() {
    assertThat(validator.matches(URL, multi(base()), "NOTRSOYDt4T1cUTdK1PDd93/VVr8B8=")).isFalse();
    assertThat(twilio.validate(URL, base(), "NOTRSOYDt4T1cUTdK1PDd93/VVr8B8=")).isFalse();
  }

  @Test
  void testkit_signer_produces_the_official_signature() {
    assertThat(new TwilioWebhookSigner(TOKEN).sign(URL, base())).isEqualTo("RSOYDt4T1cUTdK1PDd93/VVr8B8=");
  }

  @Test
  void websocket_upgrade_is_checked_against_the_wss_public_url() {
    Optional<String> sig = Optional.of("N2Y//FHA042H22oVtTOPT1X3yoU=");
    assertThat(validator.isValidUpgrade("/media-stream", Optional.empty(), sig)).isTrue();
    assertThat(validator.isValidUpgrade("/other", Optional.empty(), sig)).isFalse();
    assertThat(validator.isValidUpgrade("/media-stream", Optional.empty(), Optional.empty())).isFalse();
  }

  static Map<String, List<String>> multi(Map<String, String> single) {
    Map<String, List<String>> m = new LinkedHashMap<>();
    single.forEach((k, v) -> m.put(k, List.of(v)));
    return m;
  }
}
