package app.chris.adapters.elevenlabs;

import static org.assertj.core.api.Assertions.assertThat;

import app.chris.core.port.Utterance;
import app.chris.testkit.elevenlabs.RecordingAudioSink;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class BargeInTest {
  private final VoiceFixture voice = new VoiceFixture();

  @AfterEach
  void tearDown() {
    voice.close();
  }

  @Test
  void givenAudioStreaming_cancel_closesTheContextAndNoLaterAudioReachesTheSink() {
    voice.fake.script().chunkBytes(320).chunkInterval(Duration.ofMillis(3)).lateAudioAfterClose(true);
    RecordingAudioSink interrupted = new RecordingAudioSink();
    Utterance utterance = voice.synthesizer.begin(interrupted);
    utterance.append("This is a long explanation of the late fee policy that the caller does not want. ");
    assertThat(interrupted.awaitFrames(4, VoiceFixture.WAIT)).isTrue();

    utterance.cancel();
    int framesAtCancel = interrupted.frameCount();
    RecordingAudioSink reply = voice.say("Sure, go ahead.");

    assertThat(voice.fake.socketMessages()).anySatisfy(m -> {
      assertThat(m.path("context_id").asText()).isEqualTo("ctx-1");
      assertThat(m.path("close_context").asBoolean()).isTrue();
    });
    assertThat(interrupted.frameCount()).isEqualTo(framesAtCancel);
    assertThat(interrupted.isDone()).isFalse();
    assertThat(interrupted.failure()).isEmpty();
    assertThat(VoiceFixture.heard(reply)).isEqualTo("Sure, go ahead. ");
  }

  @Test
  void givenCancelBeforeAnyAudio_cancel_sendsNoFlushForThatContext() {
    voice.fake.script().firstByteDelay(Duration.ofMillis(50));
    RecordingAudioSink sink = new RecordingAudioSink();
    Utterance utterance = voice.synthesizer.begin(sink);
    utterance.append("Let me look that up. ");

    utterance.cancel();
    utterance.end();
    voice.say("Yes?");

    assertThat(sink.frameCount()).isZero();
    assertThat(voice.fake.socketMessages()).noneSatisfy(m -> {
      assertThat(m.path("context_id").asText()).isEqualTo("ctx-1");
      assertThat(m.path("flush").asBoolean()).isTrue();
    });
  }

  @Test
  void givenManyBargeIns_contextsAreReleased_andTheSocketNeverExceedsFiveContexts() {
    voice.fake.script().chunkBytes(320).chunkInterval(Duration.ofMillis(1));
    for (int i = 0; i < 8; i++) {
      RecordingAudioSink sink = new RecordingAudioSink();
      Utterance utterance = voice.synthesizer.begin(sink);
      utterance.append("Interrupted reply number " + i + ". ");
      sink.awaitFrames(1, VoiceFixture.WAIT);
      utterance.cancel();
    }

    RecordingAudioSink last = voice.say("Finally. ");

    assertThat(last.failure()).isEmpty();
    assertThat(VoiceFixture.heard(last)).isEqualTo("Finally. ");
    assertThat(voice.fake.socketMessages()).noneSatisfy(m -> assertThat(m.has("error")).isTrue());
  }
}
