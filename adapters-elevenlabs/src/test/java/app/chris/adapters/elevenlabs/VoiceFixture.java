package app.chris.adapters.elevenlabs;

import app.chris.core.port.Utterance;
import app.chris.core.voice.SpeechMetrics;
import app.chris.testkit.elevenlabs.FakeElevenLabsServer;
import app.chris.testkit.elevenlabs.FakeVoiceAudio;
import app.chris.testkit.elevenlabs.RecordingAudioSink;
import java.time.Duration;
import okhttp3.OkHttpClient;

/** A fake ElevenLabs plus a synthesizer pointed at it, for one test. */
final class VoiceFixture implements AutoCloseable {
  static final Duration WAIT = Duration.ofSeconds(5);
  static final String KEY = "sk_test_key";

  final FakeElevenLabsServer fake = FakeElevenLabsServer.start();
  final SpeechMetrics metrics = new SpeechMetrics();
  final ElevenLabsSettings settings = ElevenLabsSettings.of(fake.baseUrl(), KEY, "voice123")
      .withRetryBackoff(Duration.ofMillis(10));
  final ElevenLabsSpeechSynthesizer synthesizer =
      new ElevenLabsSpeechSynthesizer(settings, new OkHttpClient(), metrics);

  /** Speaks the pieces as one utterance and waits for it to end. */
  RecordingAudioSink say(String... pieces) {
    RecordingAudioSink sink = new RecordingAudioSink();
    Utterance utterance = synthesizer.begin(sink);
    for (String piece : pieces) {
      utterance.append(piece);
    }
    utterance.end();
    if (!sink.awaitEnd(WAIT)) {
      throw new AssertionError("utterance did not end");
    }
    return sink;
  }

  static String heard(RecordingAudioSink sink) {
    return FakeVoiceAudio.spoken(sink.audio(), FakeVoiceAudio.DEFAULT_BYTES_PER_CHARACTER);
  }

  @Override
  public void close() {
    synthesizer.close();
    fake.close();
  }
}
