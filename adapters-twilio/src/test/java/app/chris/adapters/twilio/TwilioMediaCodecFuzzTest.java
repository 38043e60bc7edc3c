package app.chris.adapters.twilio;

import static org.assertj.core.api.Assertions.assertThat;

import app.chris.testkit.twilio.TwilioMediaFrames;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

/** Whatever arrives on the socket, decoding returns a value and never throws. */
class TwilioMediaCodecFuzzTest {
  private final MediaStreamCounters counters = new MediaStreamCounters();
  private final TwilioMediaCodec codec = new TwilioMediaCodec(counters);

  @Property(tries = 200)
  void randomBytesAsText_decode_neverThrows(@ForAll @Size(max = 1000) byte[] bytes) {
    assertThat(codec.decode(new String(bytes, StandardCharsets.UTF_8))).isNotNull();
  }

  @Property(tries = 200)
  void mutatedRealFrames_decode_neverThrowsAndCountsEveryFrame(@ForAll("mutatedFrames") String text) {
    long before = counters.decoded() + counters.malformedTotal();
    assertThat(codec.decode(text)).isNotNull();
    assertThat(counters.decoded() + counters.malformedTotal()).isEqualTo(before + 1);
  }

  @Property(tries = 50)
  void anyMulawPayload_survivesTwilioFrameAndDecode(@ForAll @Size(min = 1, max = 800) byte[] mulaw) {
    TwilioMediaFrames twilio = new TwilioMediaFrames("MZ1", "CA1", "AC1");
    InboundFrame frame = codec.decode(twilio.media(mulaw));
    assertThat(frame).isInstanceOfSatisfying(InboundFrame.Media.class,
        m -> assertThat(m.audio().mulaw()).isEqualTo(mulaw));
  }

  @Provide
  Arbitrary<String> mutatedFrames() {
    TwilioMediaFrames twilio = new TwilioMediaFrames("MZ1", "CA1", "AC1");
    Arbitrary<String> real = Arbitraries.of(
        twilio.connected(), twilio.start(Map.of("token", "t")), twilio.media(new byte[160]),
        twilio.dtmf("5"), twilio.mark("m#1"), twilio.stop(),
        "{\"a\":" .repeat(40) + "1" + "}".repeat(40));
    Arbitrary<Integer> cut = Arbitraries.integers().between(0, 600);
    Arbitrary<Character> junk = Arbitraries.of('{', '}', '"', ':', ',', '[', ']', '\\', 'x', '0', '\u0000', '\uD800');
    return net.jqwik.api.Combinators.combine(real, cut, junk, Arbitraries.integers().between(0, 2))
        .as((text, at, c, mode) -> mutate(text, Math.min(at, text.length()), c, mode));
  }

  private static String mutate(String text, int at, char c, int mode) {
    if (mode == 0) {
      return text.substring(0, at);
    }
    if (mode == 1) {
      return text.substring(0, at) + c + text.substring(at);
    }
    return at < text.length() ? text.substring(0, at) + c + text.substring(at + 1) : text + c;
  }
}
