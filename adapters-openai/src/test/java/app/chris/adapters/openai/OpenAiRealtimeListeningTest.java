package app.chris.adapters.openai;

import static app.chris.adapters.openai.RealtimeEvents.WAIT;
import static org.assertj.core.api.Assertions.assertThat;

import app.chris.core.port.Expectation;
import app.chris.core.port.RealtimeEvent;
import app.chris.core.port.RealtimeSession;
import app.chris.core.port.ToolResult;
import app.chris.testkit.openai.FakeRealtimeServer;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The session as ears: tuned server VAD, no replies of its own, barge-in, and bad server events survived. */
class OpenAiRealtimeListeningTest {
  private final FakeRealtimeServer server = FakeRealtimeServer.start();
  private final RealtimeEvents events = new RealtimeEvents();
  private final OpenAiRealtimeModel model = new OpenAiRealtimeModel(
      OpenAiSettings.forVoice(server.baseUrl(), FakeProvider.KEY, "gpt-realtime"),
      new TurnDetection(0.6, 250, 600, 1500, false), new OkHttpClient());

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void givenEarsTuning_open_sendsVadWithoutAutomaticResponsesAndTheCallerIsHeardWithoutAReply() throws Exception {
    try (RealtimeSession session = model.open(TestPrompts.turn(), events::on)) {
      JsonNode vad = server.awaitEvent("session.update", WAIT).orElseThrow()
          .path("session").path("audio").path("input").path("turn_detection");
      assertThat(vad.path("type").asText()).isEqualTo("server_vad");
      assertThat(vad.path("threshold").asDouble()).isEqualTo(0.6);
      assertThat(vad.path("prefix_padding_ms").asInt()).isEqualTo(250);
      assertThat(vad.path("silence_duration_ms").asInt()).isEqualTo(600);
      assertThat(vad.path("create_response").asBoolean(true)).isFalse();
      assertThat(vad.path("interrupt_response").asBoolean(true)).isFalse();

      server.callerSays("My heater is broken.");

      List<RealtimeEvent> heard = events.until(RealtimeEvents.transcript("My heater is broken."));
      assertThat(heard).hasAtLeastOneElementOfType(RealtimeEvent.SpeechStarted.class)
          .hasAtLeastOneElementOfType(RealtimeEvent.SpeechStopped.class);
      assertThat(server.autoResponses()).as("the model never answers by itself").isZero();
    }
  }

  @Test
  void givenSlowAnswersExpected_expect_lengthensTheSilenceOnceAndRestoresItAfter() {
    try (RealtimeSession session = model.open(TestPrompts.turn(), events::on)) {
      session.expect(Expectation.ADDRESS);
      session.expect(Expectation.PHONE_NUMBER); // also slow: nothing to change
      session.expect(Expectation.ANYTHING);

      List<JsonNode> updates = server.awaitEvents("session.update", 3, WAIT);
      assertThat(updates).hasSize(3);
      JsonNode slow = updates.get(1).path("session");
      assertThat(slow.has("instructions")).as("only turn detection is sent").isFalse();
      assertThat(slow.path("audio").path("input").path("turn_detection").path("silence_duration_ms").asInt())
          .isEqualTo(1500);
      assertThat(slow.path("audio").path("input").path("turn_detection").path("create_response").asBoolean(true))
          .isFalse();
      assertThat(updates.get(2).path("session").path("audio").path("input").path("turn_detection")
          .path("silence_duration_ms").asInt()).isEqualTo(600);
    }
  }

  @Test
  void givenMalformedServerEvents_session_ignoresAndCountsThemAndGoesOn() throws Exception {
    try (RealtimeSession session = model.open(TestPrompts.turn(), events::on)) {
      server.emit("not json at all");
      server.emit("[1, 2, 3]");
      server.emit("{\"event_id\":\"no type\"}");
      server.emit("{\"type\":\"response.output_text.delta\",\"delta\":\"no response id\"}");
      server.emit("{\"type\":\"conversation.item.input_audio_transcription.completed\",\"item_id\":\"i\"}");
      server.emit("{\"type\":\"rate_limits.updated\",\"rate_limits\":[]}"); // valid, just not used
      server.callerSays("Still there?");

      events.until(RealtimeEvents.transcript("Still there?"));
      assertThat(model.malformedEvents()).isEqualTo(5);
      assertThat(events.all()).noneMatch(e -> e instanceof RealtimeEvent.Failed)
          .noneMatch(e -> e instanceof RealtimeEvent.TextDelta);
    }
  }

  @Test
  void givenBargeInMidResponse_interrupt_cancelsOnceAndTheNextToolResultIsAnsweredAtOnce() throws Exception {
    try (RealtimeSession session = model.open(TestPrompts.turn(), events::on)) {
      server.emit("{\"type\":\"response.created\",\"response\":{\"id\":\"resp_7\",\"status\":\"in_progress\"}}");
      server.emit("{\"type\":\"response.output_text.delta\",\"response_id\":\"resp_7\",\"delta\":\"Let me check\"}");
      events.until(e -> e instanceof RealtimeEvent.TextDelta);

      session.interrupt(300);
      server.awaitEvent("response.cancel", WAIT);
      server.emit("{\"type\":\"response.done\",\"response\":{\"id\":\"resp_7\",\"status\":\"cancelled\","
          + "\"status_details\":{\"type\":\"cancelled\",\"reason\":\"client_cancelled\"}}}");
      events.until(e -> e instanceof RealtimeEvent.ResponseDone);
      session.interrupt(0);
      session.sendToolResult(new ToolResult("call_1", "find_address", true, "Unit 4B", Map.of()));

      assertThat(server.awaitEvent("response.create", WAIT)).isPresent();
      assertThat(server.count("response.cancel")).as("nothing left to cancel the second time").isEqualTo(1);
    }
  }

  @Test
  void givenAListenerThatReactsToResponseDone_interrupt_findsNothingLeftToCancel() throws Exception {
    RealtimeSession[] opened = new RealtimeSession[1];
    try (RealtimeSession session = model.open(TestPrompts.turn(), event -> {
      if (event instanceof RealtimeEvent.ResponseDone) {
        opened[0].interrupt(0); // the core may barge in on the same thread that hears the response end
      }
      events.on(event);
    })) {
      opened[0] = session;
      server.awaitEvent("session.update", WAIT);
      server.emit("{\"type\":\"response.created\",\"response\":{\"id\":\"resp_8\",\"status\":\"in_progress\"}}");
      server.emit("{\"type\":\"response.done\",\"response\":{\"id\":\"resp_8\",\"status\":\"completed\"}}");
      events.until(e -> e instanceof RealtimeEvent.ResponseDone);
      session.sendToolResult(new ToolResult("call_2", "find_address", true, "Unit 4B", Map.of()));

      assertThat(server.awaitEvent("response.create", WAIT)).isPresent();
      assertThat(server.count("response.cancel")).as("the response was over: no cancel").isZero();
    }
  }
}
