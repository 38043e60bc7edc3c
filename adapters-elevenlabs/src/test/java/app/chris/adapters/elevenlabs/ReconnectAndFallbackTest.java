package app.chris.adapters.elevenlabs;

import static org.assertj.core.api.Assertions.assertThat;

import app.chris.core.port.Utterance;
import app.chris.testkit.elevenlabs.RecordedSynthesis;
import app.chris.testkit.elevenlabs.RecordingAudioSink;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ReconnectAndFallbackTest {
  private final VoiceFixture voice = new VoiceFixture();

  @AfterEach
  void tearDown() {
    voice.close();
  }

  @Test
  void givenSocketDroppedBetweenUtterances_nextUtterance_reconnectsAndSpeaks() {
    voice.say("First. ");
    voice.fake.dropSockets();

    RecordingAudioSink sink = voice.say("Second. ");

    assertThat(VoiceFixture.heard(sink)).isEqualTo("Second. ");
    assertThat(voice.fake.handshakeKeys()).hasSize(2);
  }

  @Test
  void givenServerClosed1008_nextUtterance_reconnectsAndSpeaks() {
    voice.say("First. ");
    voice.fake.closeSockets(1008, "Have not received a new text input within the timeout of 20 seconds");

    RecordingAudioSink sink = voice.say("Still here. ");

    assertThat(VoiceFixture.heard(sink)).isEqualTo("Still here. ");
  }

  @Test
  void givenDropBeforeAnyAudio_utterance_replaysOnAFreshSocketWithoutLosingWords() {
    voice.fake.script().firstByteDelay(Duration.ofMillis(200));
    RecordingAudioSink sink = new RecordingAudioSink();
    Utterance utterance = voice.synthesizer.begin(sink);
    utterance.append("Your work order is filed. ");
    voice.fake.awaitSocketMessages(m -> m.path("text").asText().startsWith("Your"), 1, VoiceFixture.WAIT);
    voice.fake.dropSockets();
    voice.fake.script().firstByteDelay(Duration.ZERO);
    utterance.end();

    assertThat(sink.awaitEnd(VoiceFixture.WAIT)).isTrue();
    assertThat(sink.failure()).isEmpty();
    assertThat(VoiceFixture.heard(sink)).endsWith("Your work order is filed. ");
    assertThat(voice.fake.handshakeKeys()).hasSize(2);
  }

  @Test
  void givenSocketRefused_utterance_fallsBackToHttpStreamingInUlaw() {
    voice.fake.script().refuseHandshake(503, "{\"detail\":{\"status\":\"service_unavailable\",\"message\":\"x\"}}");

    RecordingAudioSink sink = voice.say("Hello. ", "How can I help? ");

    assertThat(sink.failure()).isEmpty();
    assertThat(VoiceFixture.heard(sink)).isEqualTo("Hello.How can I help?");
    assertThat(voice.fake.streamRequests()).extracting(RecordedSynthesis::text)
        .containsExactly("Hello.", "How can I help?");
    RecordedSynthesis second = voice.fake.streamRequests().get(1);
    assertThat(second.outputFormat()).isEqualTo("ulaw_8000");
    assertThat(second.apiKey()).isEqualTo(VoiceFixture.KEY);
    assertThat(second.body()).contains("\"previous_text\":\"Hello.\"").contains("eleven_flash_v2_5");
  }

  @Test
  void givenSocketJustRefused_nextUtterance_goesStraightToHttpWithoutAnotherHandshake() {
    voice.fake.script().refuseHandshake(503, "");
    voice.say("First. ");

    RecordingAudioSink sink = voice.say("Second. ");

    assertThat(VoiceFixture.heard(sink)).isEqualTo("Second.");
    assertThat(voice.fake.requestCount()).isEqualTo(3);
  }
}
