package app.chris.adapters.twilio;

import static org.assertj.core.api.Assertions.assertThat;

import app.chris.adapters.twilio.InboundFrame.Problem;
import app.chris.core.port.AudioFrame;
import app.chris.testkit.twilio.TwilioMediaFrames;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TwilioMediaCodecTest {
  private static final String STREAM = "MZ00000000000000000000000000000001";
  private final MediaStreamCounters counters = new MediaStreamCounters();
  private final TwilioMediaCodec codec = new TwilioMediaCodec(counters);
  private final TwilioMediaFrames twilio = new TwilioMediaFrames(STREAM, Fixtures.CALL, Fixtures.ACCOUNT);

  @Test
  void givenConnectedAndStart_decode_exposesTokenCallAndFormat() {
    assertThat(codec.decode(twilio.connected())).isEqualTo(new InboundFrame.Connected("Call", "1.0.0"));

    InboundFrame frame = codec.decode(twilio.start(Map.of("token", "tok-123")));

    assertThat(frame).isInstanceOfSatisfying(InboundFrame.Start.class, start -> {
      assertThat(start.streamSid()).isEqualTo(STREAM);
      assertThat(start.callSid()).isEqualTo(Fixtures.CALL);
      assertThat(start.token()).hasValue("tok-123");
      assertThat(start.mediaFormat().isPhoneMulaw()).isTrue();
    });
  }

  @Test
  void givenMediaFrames_decode_passesMulawThroughUntouchedWithChunkAndTimestamp() {
    byte[] first = bytes(160, 0x7F);
    byte[] second = bytes(160, 0x00);
    codec.decode(twilio.media(first));
    InboundFrame frame = codec.decode(twilio.media(second));

    assertThat(frame).isInstanceOfSatisfying(InboundFrame.Media.class, media -> {
      assertThat(media.audio().mulaw()).isEqualTo(second);
      assertThat(media.chunk()).isEqualTo(2);
      assertThat(media.timestampMillis()).isEqualTo(20);
      assertThat(media.track()).isEqualTo("inbound");
    });
  }

  @Test
  void givenDtmfMarkAndStop_decode_returnsTheirValues() {
    assertThat(codec.decode(twilio.dtmf("0"))).isEqualTo(new InboundFrame.Dtmf(STREAM, "0"));
    assertThat(codec.decode(twilio.mark("utt-1#3"))).isEqualTo(new InboundFrame.Mark(STREAM, "utt-1#3"));
    assertThat(codec.decode(twilio.stop())).isEqualTo(new InboundFrame.Stop(STREAM, Fixtures.CALL));
    assertThat(counters.decoded()).isEqualTo(3);
  }

  @Test
  void givenNumbersAsNumbersInsteadOfStrings_decode_acceptsThem() {
    String json = "{\"event\":\"media\",\"streamSid\":\"MZ1\",\"media\":{\"chunk\":7,\"timestamp\":140,\"payload\":\"/w==\"}}";
    assertThat(codec.decode(json)).isInstanceOfSatisfying(InboundFrame.Media.class,
        m -> assertThat(m.timestampMillis()).isEqualTo(140));
  }

  @Test
  void givenBadInput_decode_returnsMalformedValuesAndCountsThem() {
    assertProblem("{\"event\":\"media\"", Problem.INVALID_JSON);
    assertProblem("{\"event\":\"stop\",\"streamSid\":\"MZ1\"} trailing", Problem.INVALID_JSON);
    assertProblem("[1,2,3]", Problem.INVALID_JSON);
    assertProblem("", Problem.INVALID_JSON);
    assertProblem("{\"event\":\"teleport\",\"streamSid\":\"MZ1\"}", Problem.UNKNOWN_EVENT);
    assertProblem("{\"event\":\"mark\",\"streamSid\":\"MZ1\",\"mark\":{}}", Problem.MISSING_FIELD);
    assertProblem("{\"event\":\"media\",\"streamSid\":\"MZ1\",\"media\":{\"payload\":\"not base64!\"}}",
        Problem.BAD_BASE64);
    assertProblem("{\"event\":\"media\",\"pad\":\"" + "x".repeat(TwilioMediaCodec.MAX_INBOUND_BYTES) + "\"}",
        Problem.TOO_LARGE);
    // Fewer chars than the limit, but more bytes once UTF-8 encoded.
    assertProblem("{\"event\":\"media\",\"pad\":\"" + "é".repeat(TwilioMediaCodec.MAX_INBOUND_BYTES / 2 + 10) + "\"}",
        Problem.TOO_LARGE);

    assertThat(counters.malformedTotal()).isEqualTo(9);
    assertThat(counters.malformed(Problem.INVALID_JSON)).isEqualTo(4);
    assertThat(counters.decoded()).isZero();
  }

  @Test
  void givenAudio_encodeMedia_isTwilioShapeWithExactBytes() throws Exception {
    byte[] audio = bytes(160, 0xFF);
    JsonNode json = new ObjectMapper().readTree(codec.media(STREAM, new AudioFrame(audio)));

    assertThat(json.get("event").asText()).isEqualTo("media");
    assertThat(json.get("streamSid").asText()).isEqualTo(STREAM);
    assertThat(Base64.getDecoder().decode(json.at("/media/payload").asText())).isEqualTo(audio);
    assertThat(json.at("/media/payload").asText()).hasSize(216);
  }

  @Test
  void givenLongAudio_mediaFrames_splitsInto20msFramesInOrder() throws Exception {
    byte[] audio = new byte[400];
    for (int i = 0; i < audio.length; i++) {
      audio[i] = (byte) i;
    }
    List<String> messages = codec.mediaFrames(STREAM, audio);

    assertThat(messages).hasSize(3);
    byte[] last = Base64.getDecoder().decode(new ObjectMapper().readTree(messages.get(2)).at("/media/payload").asText());
    assertThat(last).hasSize(80).startsWith((byte) 320);
  }

  @Test
  void markAndClear_areSchemaExact() {
    assertThat(codec.mark(STREAM, "say \"hi\"#1"))
        .isEqualTo("{\"event\":\"mark\",\"streamSid\":\"" + STREAM + "\",\"mark\":{\"name\":\"say \\\"hi\\\"#1\"}}");
    assertThat(codec.clear(STREAM)).isEqualTo("{\"event\":\"clear\",\"streamSid\":\"" + STREAM + "\"}");
  }

  @Test
  void givenOurOwnMarkEchoedByTwilio_decode_roundTripsTheName() {
    String name = "utt-7#12";
    codec.mark(STREAM, name);
    assertThat(codec.decode(twilio.mark(name))).isEqualTo(new InboundFrame.Mark(STREAM, name));
  }

  private void assertProblem(String text, Problem problem) {
    assertThat(codec.decode(text)).isInstanceOfSatisfying(InboundFrame.Malformed.class,
        m -> assertThat(m.problem()).as(text.length() > 80 ? text.substring(0, 80) : text).isEqualTo(problem));
  }

  private static byte[] bytes(int n, int value) {
    byte[] b = new byte[n];
    java.util.Arrays.fill(b, (byte) value);
    return b;
  }
}
