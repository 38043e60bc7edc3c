package app.chris.adapters.openai;

import static app.chris.adapters.openai.RealtimeEvents.WAIT;
import static org.assertj.core.api.Assertions.assertThat;

import app.chris.core.port.AudioFrame;
import app.chris.core.port.Expectation;
import app.chris.core.port.FailureKind;
import app.chris.core.port.RealtimeEvent;
import app.chris.core.port.RealtimeSession;
import app.chris.testkit.openai.FakeRealtimeServer;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.stream.Collectors;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The GA session length cap: the session reopens by itself, remembers the call and keeps the caller's audio. */
class OpenAiRealtimeSessionCapTest {
  private final FakeRealtimeServer server = FakeRealtimeServer.start();
  private final RealtimeEvents events = new RealtimeEvents();
  private final OpenAiRealtimeModel model = new OpenAiRealtimeModel(
      OpenAiSettings.forVoice(server.baseUrl(), FakeProvider.KEY, "gpt-realtime"), new OkHttpClient());

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void givenSessionExpired_session_reopensWithPromptAndWhatWasSaidReplayedAndKeepsListening() throws Exception {
    try (RealtimeSession session = model.open(TestPrompts.turn(), events::on)) {
      server.callerSays("It's dripping under the cabinet too.");
      events.until(RealtimeEvents.transcript("It's dripping under the cabinet too."));
      session.expect(Expectation.ADDRESS);

      server.expireSession();

      JsonNode replayed = server.awaitEventOn(1, "session.update", WAIT).orElseThrow().path("session");
      assertThat(server.sessions()).isEqualTo(2);
      assertThat(replayed.path("instructions").asText()).contains("You are Chris.", "caller name: Dana Reyes",
          "Caller: My sink is leaking at 12 Oak Street.", "Caller: It's dripping under the cabinet too.");
      assertThat(replayed.path("audio").path("input").path("turn_detection").path("silence_duration_ms").asInt())
          .as("the longer silence for an address survives the reopen").isEqualTo(1200);

      server.callerSays("Unit 4B.");
      List<RealtimeEvent> after = events.until(RealtimeEvents.transcript("Unit 4B."));
      RealtimeEvents.assertNoFailure(events.all());
      assertThat(after).anyMatch(e -> e instanceof RealtimeEvent.SpeechStopped);
      assertThat(model.sessionsReopened()).isEqualTo(1);
    }
  }

  @Test
  void givenUtteranceCutByExpiry_reopenedSession_hearsItsAudioAgainBeforeNewAudio() throws Exception {
    try (RealtimeSession session = model.open(TestPrompts.turn(), events::on)) {
      session.sendAudio(frame(1));
      server.awaitEvent("input_audio_buffer.append", WAIT);
      server.emit("{\"type\":\"input_audio_buffer.speech_started\",\"audio_start_ms\":0,\"item_id\":\"i1\"}");
      session.sendAudio(frame(2));
      events.until(e -> e instanceof RealtimeEvent.SpeechStarted);
      server.awaitEvents("input_audio_buffer.append", 2, WAIT);

      server.expireSession();
      server.awaitEventOn(1, "session.update", WAIT).orElseThrow();
      session.sendAudio(frame(3));

      assertThat(awaitAudioOn(1, 3)).as("the cut utterance is sent again, then new audio")
          .containsExactly("AQEB", "AgIC", "AwMD");
    }
  }

  @Test
  void givenReopenRefused_session_reportsOneFailureSoTheHostCanFailOver() throws Exception {
    try (RealtimeSession session = model.open(TestPrompts.turn(), events::on)) {
      server.refuseHandshakes(503);

      server.expireSession();

      RealtimeEvent.Failed failed = (RealtimeEvent.Failed) events.until(e -> e instanceof RealtimeEvent.Failed)
          .stream().reduce((a, b) -> b).orElseThrow();
      assertThat(failed.kind()).isEqualTo(FailureKind.UNAVAILABLE);
      assertThat(events.all()).filteredOn(e -> e instanceof RealtimeEvent.Failed).hasSize(1);
    }
  }

  private List<String> awaitAudioOn(int session, int frames) throws InterruptedException {
    long end = System.nanoTime() + WAIT.toNanos();
    List<String> audio = List.of();
    while (audio.size() < frames && System.nanoTime() < end) {
      Thread.sleep(5);
      audio = server.receivedOn(session).stream()
          .filter(e -> e.path("type").asText().equals("input_audio_buffer.append"))
          .map(e -> e.path("audio").asText()).collect(Collectors.toList());
    }
    return audio;
  }

  private static AudioFrame frame(int value) {
    return new AudioFrame(new byte[] {(byte) value, (byte) value, (byte) value});
  }
}
