package app.chris.adapters.openai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import app.chris.core.port.AudioFrame;
import app.chris.core.port.ConversationMemory;
import app.chris.core.port.FailureKind;
import app.chris.core.port.PortException;
import app.chris.core.port.Prompt;
import app.chris.core.port.RealtimeEvent;
import app.chris.core.port.RealtimeSession;
import app.chris.core.port.ToolResult;
import app.chris.testkit.openai.FakeRealtimeServer;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@SuppressWarnings("try") // sessions are opened for their side effects on the fake server
class OpenAiRealtimeModelTest {
  private static final Duration WAIT = Duration.ofSeconds(3);
  private final FakeRealtimeServer server = FakeRealtimeServer.start();
  private final BlockingQueue<RealtimeEvent> events = new LinkedBlockingQueue<>();
  private final OpenAiRealtimeModel model = new OpenAiRealtimeModel(
      OpenAiSettings.forVoice(server.baseUrl(), FakeProvider.KEY, "gpt-realtime"), new OkHttpClient());

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void givenPrompt_open_configuresGaSessionWithMuLawTextOutputToolsAndMemory() {
    try (RealtimeSession session = model.open(TestPrompts.turn(), events::add)) {
      JsonNode update = server.awaitEvent("session.update", WAIT).orElseThrow().path("session");
      assertThat(update.path("type").asText()).isEqualTo("realtime");
      assertThat(update.path("output_modalities").toString()).isEqualTo("[\"text\"]");
      assertThat(update.path("audio").path("input").path("format").path("type").asText()).isEqualTo("audio/pcmu");
      assertThat(update.path("tools").get(0).path("name").asText()).isEqualTo("find_address");
      assertThat(update.path("instructions").asText())
          .contains("You are Chris.", "caller name: Dana Reyes", "Caller: My sink is leaking at 12 Oak Street.");
    }
  }

  @Test
  void givenServerEvents_session_deliversThemInOrderAsCoreEvents() throws InterruptedException {
    try (RealtimeSession session = model.open(TestPrompts.turn(), events::add)) {
      server.emit("{\"type\":\"input_audio_buffer.speech_started\",\"audio_start_ms\":1200,\"item_id\":\"i1\"}");
      server.emit("{\"type\":\"conversation.item.input_audio_transcription.completed\",\"transcript\":\"Hi\"}");
      server.emit("{\"type\":\"response.created\",\"response\":{\"id\":\"resp_1\"}}");
      server.emit("{\"type\":\"response.output_text.delta\",\"response_id\":\"resp_1\",\"delta\":\"Hello\"}");
      server.emit("{\"type\":\"response.function_call_arguments.done\",\"response_id\":\"resp_1\","
          + "\"call_id\":\"call_9\",\"name\":\"find_address\",\"arguments\":\"{\\\"address\\\":\\\"12 Oak\\\"}\"}");
      server.emit("{\"type\":\"response.done\",\"response\":{\"id\":\"resp_1\",\"status\":\"completed\"}}");

      List<RealtimeEvent> got = take(5);
      assertThat(got.get(0)).isEqualTo(new RealtimeEvent.SpeechStarted(1200));
      assertThat(got.get(1)).isEqualTo(new RealtimeEvent.Transcript("Hi", true));
      assertThat(got.get(2)).isEqualTo(new RealtimeEvent.TextDelta("resp_1", "Hello"));
      RealtimeEvent.ToolRequested tool = (RealtimeEvent.ToolRequested) got.get(3);
      assertThat(tool.call().arguments()).isEqualTo(Map.of("address", "12 Oak"));
      assertThat(got.get(4)).isEqualTo(new RealtimeEvent.ResponseDone("resp_1"));
    }
  }

  @Test
  void givenToolResultDuringActiveResponse_sendToolResult_waitsForResponseDoneBeforeResponseCreate()
      throws InterruptedException {
    try (RealtimeSession session = model.open(TestPrompts.turn(), events::add)) {
      server.emit("{\"type\":\"response.created\",\"response\":{\"id\":\"resp_1\"}}");
      server.emit("{\"type\":\"response.output_text.delta\",\"response_id\":\"resp_1\",\"delta\":\"One sec\"}");
      assertThat(take(1)).hasSize(1); // events arrive in order, so response.created was seen first
      session.sendToolResult(new ToolResult("call_9", "find_address", true, "Unit 4B", Map.of()));

      JsonNode output = server.awaitEvent("conversation.item.create", WAIT).orElseThrow().path("item");
      assertThat(output.path("call_id").asText()).isEqualTo("call_9");
      assertThat(server.count("response.create")).isZero();

      server.emit("{\"type\":\"response.done\",\"response\":{\"id\":\"resp_1\"}}");
      assertThat(server.awaitEvent("response.create", WAIT)).isPresent();
    }
  }

  @Test
  void givenActiveResponse_interruptAndUpdate_cancelItAndSendNewInstructions() throws InterruptedException {
    try (RealtimeSession session = model.open(TestPrompts.turn(), events::add)) {
      server.emit("{\"type\":\"response.created\",\"response\":{\"id\":\"resp_2\"}}");
      server.emit("{\"type\":\"response.output_text.delta\",\"response_id\":\"resp_2\",\"delta\":\"So\"}");
      take(1);

      session.interrupt(400);
      session.update(new Prompt("You are Chris, now in admin mode.", ConversationMemory.empty(), List.of(),
          List.of(), Optional.empty()));

      assertThat(server.awaitEvent("response.cancel", WAIT)).isPresent();
      assertThat(server.awaitEvents("session.update", 2, WAIT))
          .hasSize(2)
          .last()
          .satisfies(e -> assertThat(e.path("session").path("instructions").asText()).startsWith("You are Chris, now"));
    }
  }

  @Test
  void givenAudioFrame_sendAudio_passesMuLawThroughAsBase64() {
    try (RealtimeSession session = model.open(TestPrompts.turn(), events::add)) {
      session.sendAudio(new AudioFrame(new byte[] {(byte) 0xFF, 0x7F, 0x00}));

      JsonNode append = server.awaitEvent("input_audio_buffer.append", WAIT).orElseThrow();
      assertThat(append.path("audio").asText()).isEqualTo("/38A");
    }
  }

  @Test
  void givenServerClosesWith4000_session_reportsOneFailedEvent() throws InterruptedException {
    try (RealtimeSession session = model.open(TestPrompts.turn(), events::add)) {
      server.closeWith(4000, "beta_api_shape_disabled");

      RealtimeEvent event = events.poll(WAIT.toMillis(), TimeUnit.MILLISECONDS);
      assertThat(event).isInstanceOf(RealtimeEvent.Failed.class);
      assertThat(((RealtimeEvent.Failed) event).kind()).isEqualTo(FailureKind.INVALID_REQUEST);
    }
  }

  @Test
  void givenHandshakeRefused401_open_throwsAuthentication() {
    server.refuseHandshakes(401);

    PortException e = catchThrowableOfType(PortException.class, () -> model.open(TestPrompts.turn(), events::add));

    assertThat(e.kind()).isEqualTo(FailureKind.AUTHENTICATION);
    assertThat(e.getMessage()).doesNotContain(FakeProvider.KEY);
  }

  private List<RealtimeEvent> take(int n) throws InterruptedException {
    List<RealtimeEvent> got = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      RealtimeEvent event = events.poll(WAIT.toMillis(), TimeUnit.MILLISECONDS);
      assertThat(event).as("event %d", i).isNotNull();
      got.add(event);
    }
    return got;
  }
}
