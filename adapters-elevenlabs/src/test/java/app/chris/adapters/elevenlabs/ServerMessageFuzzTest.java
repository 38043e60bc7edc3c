package app.chris.adapters.elevenlabs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

/** Whatever arrives on the voice socket is read as a message or skipped; nothing is thrown on the socket thread. */
class ServerMessageFuzzTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<String> REAL = List.of(
      "{\"audio\":\"" + Base64.getEncoder().encodeToString(new byte[160]) + "\",\"contextId\":\"c1\"}",
      "{\"isFinal\":true,\"contextId\":\"c1\"}", "{\"is_final\":true,\"context_id\":\"c2\"}",
      "{\"error\":\"quota_exceeded\",\"message\":\"out of characters\"}", "{\"flush_done\":true}");

  @Property(tries = 400)
  void anyMessage_parsesOrIsSkipped_andAudioDecodesOrIsDropped(@ForAll("messages") String text) {
    Optional<ServerMessageJson> message = ServerMessageJson.parse(JSON, text);

    message.ifPresent(m -> {
      assertThat(m.audioBytes()).isNotNull();
      assertThat(m.badAudio()).isEqualTo(m.audioBase64().isPresent() && m.audioBytes().isEmpty());
      assertThat(m.context()).isNotNull();
    });
  }

  @Property(tries = 200)
  void anyBytes_asText_neverThrow(@ForAll @Size(max = 300) byte[] bytes) {
    assertThat(ServerMessageJson.parse(JSON, new String(bytes, java.nio.charset.StandardCharsets.UTF_8))).isNotNull();
  }

  @Example
  void jsonNull_andNonBase64Audio_areSkipped() {
    assertThat(ServerMessageJson.parse(JSON, "null")).isEmpty();
    assertThat(ServerMessageJson.parse(JSON, "{\"audio\":\"%%not base64%%\",\"contextId\":\"c1\"}"))
        .hasValueSatisfying(m -> assertThat(m.badAudio()).isTrue());
  }

  @Provide
  Arbitrary<String> messages() {
    Arbitrary<Character> junk = Arbitraries.of('{', '}', '"', ':', ',', '[', ']', '\\', '=', '%', 'n', '\u0000');
    return Combinators.combine(Arbitraries.of(REAL), Arbitraries.integers().between(0, 300), junk,
        Arbitraries.integers().between(0, 3)).as((text, at, c, mode) -> {
          int i = Math.min(at, text.length());
          switch (mode) {
            case 0: return text.substring(0, i);
            case 1: return text.substring(0, i) + c + text.substring(i);
            case 2: return i < text.length() ? text.substring(0, i) + c + text.substring(i + 1) : text + c;
            default: return text.replace("true", "\"yes\"").replace("\"c1\"", "7").replace("AAAA", "A=A*");
          }
        });
  }
}
