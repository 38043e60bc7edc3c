package app.chris.testkit.twilio;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The frames look like Twilio's: strings where Twilio sends strings, numbers where it sends numbers. */
class TwilioMediaFramesTest {
  private final ObjectMapper mapper = new ObjectMapper();
  private final TwilioMediaFrames frames = new TwilioMediaFrames("MZ1", "CA1", "AC1");

  @Test
  void startFrame_carriesCustomParametersAndNumericMediaFormat() throws Exception {
    JsonNode start = mapper.readTree(frames.start(Map.of("token", "abc")));
    assertThat(start.get("sequenceNumber").isTextual()).isTrue();
    assertThat(start.at("/start/customParameters/token").asText()).isEqualTo("abc");
    assertThat(start.at("/start/mediaFormat/sampleRate").isInt()).isTrue();
    assertThat(start.at("/start/callSid").asText()).isEqualTo("CA1");
  }

  @Test
  void mediaFrames_advanceChunkAndTimestampAsStrings() throws Exception {
    frames.media(new byte[160]);
    JsonNode second = mapper.readTree(frames.media(new byte[160]));
    assertThat(second.at("/media/chunk").asText()).isEqualTo("2");
    assertThat(second.at("/media/timestamp").asText()).isEqualTo("20");
    assertThat(second.at("/media/timestamp").isTextual()).isTrue();
    assertThat(second.at("/media/payload").asText()).hasSize(216);
  }

  @Test
  void signer_matchesTwilioOfficialVector() {
    Map<String, String> params = Map.of("CallSid", "CA1234567890ABCDE", "Caller", "+14158675309", "Digits", "1234",
        "From", "+14158675309", "To", "+18005551212");
    assertThat(new TwilioWebhookSigner("12345").sign("https://mycompany.com/myapp.php?foo=1&bar=2", params))
        .isEqualTo("RSOYDt4T1cUTdK1PDd93/VVr8B8=");
  }
}
