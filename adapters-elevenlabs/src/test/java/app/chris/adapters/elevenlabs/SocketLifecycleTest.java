package app.chris.adapters.elevenlabs;

import static org.assertj.core.api.Assertions.assertThat;

import app.chris.core.port.FailureKind;
import app.chris.core.port.PortException;
import app.chris.core.port.Utterance;
import app.chris.testkit.elevenlabs.RecordingAudioSink;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SocketLifecycleTest {
  private final VoiceFixture voice = new VoiceFixture();

  @AfterEach
  void tearDown() {
    voice.close();
  }

  @Test
  void givenCallerTalkingWhileUtteranceOpen_keepAlive_sendsEmptyTextForThatContext() {
    try (ElevenLabsSpeechSynthesizer fast = new ElevenLabsSpeechSynthesizer(
        voice.settings.withKeepAlive(Duration.ofMillis(20)), new OkHttpClient(), voice.metrics)) {
      Utterance utterance = fast.begin(new RecordingAudioSink());
      utterance.append("Let me check. ");

      assertThat(voice.fake.awaitSocketMessages(SocketLifecycleTest::keepAlive, 2, VoiceFixture.WAIT)).hasSizeGreaterThanOrEqualTo(2);
      utterance.cancel();
    }
  }

  private static boolean keepAlive(JsonNode m) {
    return m.path("text").isTextual() && m.path("text").asText().isEmpty() && !m.has("flush")
        && m.path("context_id").asText().equals("ctx-1");
  }

  @Test
  void givenPrewarm_firstUtterance_usesTheAlreadyOpenSocket() {
    voice.synthesizer.prewarm();

    voice.say("Hello. ");
    voice.say("Again. ");

    assertThat(voice.fake.handshakeKeys()).hasSize(1);
  }

  @Test
  void givenDropAfterAudioPlayed_utterance_failsUnavailableRatherThanRepeatingWords() {
    voice.fake.script().chunkBytes(320).chunkInterval(Duration.ofMillis(5));
    RecordingAudioSink sink = new RecordingAudioSink();
    Utterance utterance = voice.synthesizer.begin(sink);
    utterance.append("A sentence long enough to still be playing when the network fails. ");
    assertThat(sink.awaitFrames(2, VoiceFixture.WAIT)).isTrue();

    voice.fake.dropSockets();

    assertThat(sink.awaitEnd(VoiceFixture.WAIT)).isTrue();
    assertThat(sink.failure()).map(PortException::kind).hasValue(FailureKind.UNAVAILABLE);
    assertThat(voice.fake.handshakeKeys()).hasSize(1);
  }

  @Test
  void givenHttpFallbackStreaming_cancel_stopsAudioAndEndsNothing() {
    voice.fake.script().refuseHandshake(503, "").firstByteDelay(Duration.ofMillis(100));
    RecordingAudioSink sink = new RecordingAudioSink();
    Utterance utterance = voice.synthesizer.begin(sink);
    utterance.append("Reading your ledger now. ");
    voice.fake.script().firstByteDelay(Duration.ZERO);

    utterance.cancel();
    voice.say("Okay. ");

    assertThat(sink.frameCount()).isZero();
    assertThat(sink.isDone()).isFalse();
    assertThat(sink.failure()).isEmpty();
  }

  @Test
  void givenSocketDroppedWhileIdle_keepAlive_reopensItBeforeTheNextReply() {
    try (ElevenLabsSpeechSynthesizer fast = new ElevenLabsSpeechSynthesizer(
        voice.settings.withKeepAlive(Duration.ofMillis(20)), new OkHttpClient(), voice.metrics)) {
      RecordingAudioSink first = new RecordingAudioSink();
      Utterance utterance = fast.begin(first);
      utterance.append("Hi. ");
      utterance.end();
      assertThat(first.awaitEnd(VoiceFixture.WAIT)).isTrue();

      voice.fake.dropSockets();

      long end = System.nanoTime() + VoiceFixture.WAIT.toNanos();
      while (voice.fake.handshakeKeys().size() < 2 && System.nanoTime() < end) {
        Thread.onSpinWait();
      }
      assertThat(voice.fake.handshakeKeys()).hasSize(2);
    }
  }

  @Test
  void givenSynthesizerClosed_pendingUtterance_failsInsteadOfReconnecting() {
    voice.fake.script().firstByteDelay(Duration.ofMillis(300));
    RecordingAudioSink sink = new RecordingAudioSink();
    Utterance utterance = voice.synthesizer.begin(sink);
    utterance.append("Goodbye. ");
    voice.fake.awaitSocketMessages(m -> m.path("text").asText().startsWith("Goodbye"), 1, VoiceFixture.WAIT);

    voice.synthesizer.close();

    assertThat(sink.awaitEnd(VoiceFixture.WAIT)).isTrue();
    assertThat(sink.failure()).isPresent();
    assertThat(voice.fake.handshakeKeys()).hasSize(1);
    assertThat(voice.fake.streamRequests()).isEmpty();
  }
}
