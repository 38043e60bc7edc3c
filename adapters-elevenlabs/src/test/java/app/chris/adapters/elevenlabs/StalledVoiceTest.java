package app.chris.adapters.elevenlabs;

import static org.assertj.core.api.Assertions.assertThat;

import app.chris.core.port.FailureKind;
import app.chris.core.port.PortException;
import app.chris.core.port.Utterance;
import app.chris.testkit.elevenlabs.RecordingAudioSink;
import java.time.Duration;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** ElevenLabs takes the text but sends no audio: the utterance moves on instead of leaving the caller in silence. */
class StalledVoiceTest {
  private final VoiceFixture voice = new VoiceFixture();
  private ElevenLabsSpeechSynthesizer impatient;

  @AfterEach
  void tearDown() {
    if (impatient != null) {
      impatient.close();
    }
    voice.close();
  }

  private RecordingAudioSink say(Duration firstAudioTimeout, String text, Runnable afterFirstText) {
    impatient = new ElevenLabsSpeechSynthesizer(voice.settings.withFirstAudioTimeout(firstAudioTimeout),
        new OkHttpClient(), voice.metrics);
    RecordingAudioSink sink = new RecordingAudioSink();
    Utterance utterance = impatient.begin(sink);
    utterance.append(text);
    voice.fake.awaitSocketMessages(m -> m.path("text").asText().equals(text), 1, VoiceFixture.WAIT);
    afterFirstText.run();
    utterance.end();
    assertThat(sink.awaitEnd(VoiceFixture.WAIT)).as("the utterance ended").isTrue();
    return sink;
  }

  @Test
  void givenASocketThatStaysSilent_utterance_isSpokenOverAnotherRoute() {
    voice.fake.script().firstByteDelay(Duration.ofSeconds(4));

    RecordingAudioSink sink = say(Duration.ofSeconds(1), "Your request is filed. ",
        () -> voice.fake.script().firstByteDelay(Duration.ZERO));

    assertThat(sink.failure()).isEmpty();
    assertThat(VoiceFixture.heard(sink).strip()).isEqualTo("Your request is filed.");
  }

  @Test
  void givenElevenLabsSilentOnEveryRoute_utterance_failsTimeoutAfterTheSocketTwiceAndHttpOnce() {
    voice.fake.script().firstByteDelay(Duration.ofSeconds(3));

    RecordingAudioSink sink = say(Duration.ofMillis(200), "Hello there. ", () -> { });

    assertThat(sink.failure()).map(PortException::kind).hasValue(FailureKind.TIMEOUT);
    assertThat(sink.frameCount()).isZero();
    assertThat(voice.fake.handshakeKeys()).hasSize(2);
    assertThat(voice.fake.streamRequests()).hasSize(1);
  }
}
