package app.chris.adapters.elevenlabs;

import static org.assertj.core.api.Assertions.assertThat;

import app.chris.core.port.Utterance;
import app.chris.testkit.elevenlabs.RecordingAudioSink;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Closing the synthesizer (app shutdown) is our own doing: it must not fail a reply whose audio is still coming. */
class ShutdownWhileSpeakingTest {
  private static final String LINE = "Your maintenance request is logged and a technician will call you tomorrow.";

  private final VoiceFixture voice = new VoiceFixture();

  @AfterEach
  void tearDown() {
    voice.close();
  }

  @Test
  void givenFinishedUtteranceStillPlaying_synthesizerClose_letsItsAudioFinish() {
    voice.fake.script().chunkBytes(320).chunkInterval(Duration.ofMillis(5));
    RecordingAudioSink sink = new RecordingAudioSink();
    Utterance utterance = voice.synthesizer.begin(sink);
    utterance.append(LINE);
    utterance.end();
    assertThat(sink.awaitFrames(2, VoiceFixture.WAIT)).isTrue();

    voice.synthesizer.close();

    assertThat(sink.awaitEnd(VoiceFixture.WAIT)).isTrue();
    assertThat(sink.failure()).isEmpty();
    assertThat(VoiceFixture.heard(sink)).isEqualTo(LINE + " ");
  }
}
