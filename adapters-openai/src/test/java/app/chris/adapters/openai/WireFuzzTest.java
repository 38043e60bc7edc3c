package app.chris.adapters.openai;

import static org.assertj.core.api.Assertions.assertThat;

import app.chris.core.port.ModelReply;
import app.chris.core.port.PortException;
import app.chris.core.port.RealtimeEvent;
import app.chris.core.port.TextStream;
import app.chris.testkit.openai.ChatScript;
import app.chris.testkit.openai.FakeOpenAiServer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

/**
 * Whatever OpenAI (or a proxy in front of it) sends, the adapters skip what they cannot read: a Realtime event is
 * mapped or dropped, never thrown on the socket thread; a chat stream ends in a reply or one {@link PortException}.
 */
class WireFuzzTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<String> REALTIME = List.of(
      "{\"type\":\"input_audio_buffer.speech_started\",\"audio_start_ms\":120}",
      "{\"type\":\"conversation.item.input_audio_transcription.completed\",\"transcript\":\"my sink\"}",
      "{\"type\":\"response.output_text.delta\",\"response_id\":\"r1\",\"delta\":\"Hi\"}",
      "{\"type\":\"response.function_call_arguments.done\",\"call_id\":\"c1\",\"name\":\"lookup\","
          + "\"arguments\":\"{\\\"unit\\\":\\\"1A\\\"}\"}",
      "{\"type\":\"response.done\",\"response\":{\"id\":\"r1\",\"status\":\"completed\"}}",
      "{\"type\":\"error\",\"error\":{\"code\":\"x\",\"message\":\"y\"}}");
  private static final List<String> CHAT = List.of(
      "data: {\"choices\":[{\"index\":0,\"delta\":{\"content\":\"Hello\"}}]}",
      "data: {\"choices\":[{\"index\":0,\"delta\":{\"tool_calls\":[{\"index\":0,\"id\":\"c1\",\"function\":"
          + "{\"name\":\"lookup\",\"arguments\":\"{\\\"u\\\":\"}}]}}]}",
      "data: {\"choices\":[{\"index\":0,\"finish_reason\":\"stop\",\"delta\":{}}]}",
      "data: {\"error\":{\"type\":\"server_error\",\"message\":\"boom\"}}", "data: {\"error\":5}",
      "data: [DONE]", ": keep-alive", "event: x", "", "data: {\"usage\":{\"total_tokens\":3}}");

  private final RealtimeServerEvents events = new RealtimeServerEvents(new ToolArguments(JSON));

  @Property(tries = 400)
  void anyRealtimeMessage_isMappedOrSkipped_neverThrown(@ForAll("realtimeMessages") String text) {
    Optional<JsonNode> node = parse(text);
    if (node.isPresent() && events.wellFormed(node.get())) {
      Optional<RealtimeEvent> event = events.map(node.get());
      assertThat(event).isNotNull();
    }
  }

  @Property(tries = 60)
  void anyChatStream_endsInAReplyOrAPortException(@ForAll @Size(max = 12) List<@net.jqwik.api.From("chatLines") String> lines) {
    try (FakeOpenAiServer server = FakeOpenAiServer.start()) {
      ChatScript.Builder stream = ChatScript.stream();
      lines.forEach(stream::rawLine);
      server.enqueue(stream.build());
      OpenAiChatModel model = FakeProvider.model(server, FakeProvider.resilience(0, 1000), Clock.systemUTC());
      try {
        ModelReply reply = model.complete(TestPrompts.turn(), TextStream.IGNORE);
        assertThat(reply).isNotNull();
      } catch (PortException expected) {
        assertThat(expected.kind()).isNotNull();
      }
    }
  }

  @Provide
  Arbitrary<String> realtimeMessages() {
    return mutated(Arbitraries.of(REALTIME));
  }

  @Provide
  Arbitrary<String> chatLines() {
    return Arbitraries.oneOf(mutated(Arbitraries.of(CHAT)), Arbitraries.of(CHAT));
  }

  private static Arbitrary<String> mutated(Arbitrary<String> real) {
    Arbitrary<Character> junk = Arbitraries.of('{', '}', '"', ':', ',', '[', ']', '\\', '0', 'n', '\n', '\u0000');
    return Combinators.combine(real, Arbitraries.integers().between(0, 200), junk, Arbitraries.integers().between(0, 3))
        .as((text, at, c, mode) -> {
          int i = Math.min(at, text.length());
          switch (mode) {
            case 0: return text.substring(0, i);
            case 1: return text.substring(0, i) + c + text.substring(i);
            case 2: return i < text.length() ? text.substring(0, i) + c + text.substring(i + 1) : text + c;
            default: return text.replace("\"r1\"", "null").replace("120", "-1e400").replace("\"my sink\"", "{}");
          }
        });
  }

  private static Optional<JsonNode> parse(String text) {
    try {
      return Optional.ofNullable(JSON.readTree(text));
    } catch (IOException e) {
      return Optional.empty();
    }
  }
}
