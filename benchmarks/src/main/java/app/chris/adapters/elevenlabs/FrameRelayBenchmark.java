package app.chris.adapters.elevenlabs;

import app.chris.adapters.twilio.InboundFrame;
import app.chris.adapters.twilio.MediaStreamCounters;
import app.chris.adapters.twilio.TwilioMediaCodec;
import app.chris.core.port.AudioFrame;
import app.chris.core.voice.MulawFramer;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Arrays;
import java.util.Base64;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * One 20 ms frame through Chris, per direction, with the production codecs. Voice to caller: ElevenLabs' audio
 * message parsed (Jackson into the adapter's record), base64-decoded, re-framed to 160 bytes and encoded as a
 * Twilio {@code media} message. Caller to Chris: a Twilio {@code media} message decoded to its frame. Lives in the
 * ElevenLabs adapter's package to use its (package-private) message record, as the adapter does.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class FrameRelayBenchmark {
  private static final String STREAM = "MZ00000000000000000000000000000001";

  private final ObjectMapper json = new ObjectMapper();
  private final TwilioMediaCodec codec = new TwilioMediaCodec(new MediaStreamCounters());
  private final MulawFramer framer = new MulawFramer();
  private String voiceMessage;
  private String twilioMedia;

  @Setup
  public void setUp() {
    byte[] frame = new byte[160];
    Arrays.fill(frame, (byte) 0x55);
    String audio = Base64.getEncoder().encodeToString(frame);
    voiceMessage = "{\"audio\":\"" + audio + "\",\"isFinal\":false,\"contextId\":\"ctx-1\",\"alignment\":null,"
        + "\"normalizedAlignment\":null}";
    twilioMedia = "{\"event\":\"media\",\"sequenceNumber\":\"42\",\"media\":{\"track\":\"inbound\",\"chunk\":\"41\","
        + "\"timestamp\":\"820\",\"payload\":\"" + audio + "\"},\"streamSid\":\"" + STREAM + "\"}";
  }

  @Benchmark
  public void voiceToCaller(Blackhole out) throws Exception {
    ServerMessageJson message = json.readValue(voiceMessage, ServerMessageJson.class);
    byte[] mulaw = Base64.getDecoder().decode(message.audioBase64().orElseThrow());
    for (AudioFrame frame : framer.push(mulaw)) {
      out.consume(codec.media(STREAM, frame));
    }
  }

  @Benchmark
  public InboundFrame callerToChris() {
    return codec.decode(twilioMedia);
  }
}
