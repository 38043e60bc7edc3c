package app.chris.app.phone;

import static org.assertj.core.api.Assertions.assertThat;

import app.chris.core.call.FixedLines;
import app.chris.core.port.FailureKind;
import app.chris.core.voice.CachingSpeechSynthesizer;
import app.chris.core.voice.PhraseCache;
import app.chris.core.voice.PhraseCacheLimits;
import app.chris.core.voice.PhraseKeys;
import app.chris.core.voice.SpeechMetrics;
import app.chris.testkit.voice.CannedSpeechSynthesizer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two instances, each with its own voice and memory, as behind one phone line: a phrase id means the same on both. */
class PhraseAudioTest {
  private static final Duration PATIENCE = Duration.ofSeconds(3);
  private static final Supplier<List<String>> KNOWN = GatherFlow.knownLines(() -> List.of(FixedLines.MODELS_DOWN));
  private final CannedSpeechSynthesizer voiceA = new CannedSpeechSynthesizer();
  private final CannedSpeechSynthesizer voiceB = new CannedSpeechSynthesizer();
  private final PhraseAudio a = new PhraseAudio(Optional.of(voiceA), KNOWN, PATIENCE);
  private final PhraseAudio b = new PhraseAudio(Optional.of(voiceB), KNOWN, PATIENCE);

  @Test
  void givenAFlowLineMadeOnOneInstance_whenTheOtherIsAskedForIt_thenTheOtherSaysItInItsOwnVoice() {
    String id = a.idFor(GatherTurns.OPENING).orElseThrow();

    assertThat(wavText(b.wav(id))).isEqualTo("RIFF");
    assertThat(b.wav(id)).hasValueSatisfying(wav -> assertThat(wav).isEqualTo(a.wav(id).orElseThrow()));
    assertThat(voiceB.spoken()).containsExactly(GatherTurns.OPENING); // said once, then kept
  }

  @Test
  void givenAFixedLineMadeOnOneInstance_whenTheOtherIsAskedForIt_thenItIsServedThereToo() {
    String id = a.idFor(FixedLines.MODELS_DOWN).orElseThrow();

    assertThat(wavText(b.wav(id))).isEqualTo("RIFF");
    assertThat(b.idFor(FixedLines.MODELS_DOWN)).contains(id);
  }

  @Test
  void givenALineOfOneCallersDetails_whenTheOtherInstanceIsAsked_thenItIsUnknownThereButServedWhereMade() {
    String id = a.idFor("So that's 12 Elm Street, apartment 4?").orElseThrow();

    assertThat(b.wav(id)).isEmpty();
    assertThat(b.knows(id)).isFalse();
    assertThat(voiceB.spoken()).isEmpty();
    assertThat(wavText(a.wav(id))).isEqualTo("RIFF");
  }

  @Test
  void givenTheOtherInstancesVoiceDown_whenAKnownLineIsAsked_thenThereIsNoAudioButTheLineIsKnown() {
    String id = a.idFor(GatherTurns.STILL_THERE).orElseThrow();
    voiceB.failFromNowOn(FailureKind.UNAVAILABLE);

    assertThat(b.wav(id)).isEmpty();
    assertThat(b.knows(id)).isTrue();
  }

  @Test
  void givenAPhraseCachedVoice_whenALineIsNamed_thenTheIdIsItsCacheKeyAndACachedLineNeedsNoSynthesis(
      @TempDir Path dir) {
    String voiceKey = "api.elevenlabs.io/voice-1/eleven_flash_v2_5/ulaw_8000";
    PhraseCache cache = new PhraseCache(dir, voiceKey, PhraseCacheLimits.defaults());
    cache.put(FixedLines.MODELS_DOWN, new byte[1600]);
    PhraseAudio cached = new PhraseAudio(Optional.of(new CachingSpeechSynthesizer(voiceB, cache, new SpeechMetrics())),
        KNOWN, PATIENCE);
    String id = PhraseKeys.of(voiceKey, FixedLines.MODELS_DOWN);

    assertThat(wavText(cached.wav(id))).isEqualTo("RIFF");
    assertThat(voiceB.spoken()).isEmpty();
    assertThat(cached.idFor(GatherTurns.GOODBYE)).contains(PhraseKeys.of(voiceKey, GatherTurns.GOODBYE));
  }

  private static String wavText(Optional<byte[]> wav) {
    assertThat(wav).isPresent();
    return new String(wav.get(), 0, 4, StandardCharsets.US_ASCII);
  }
}
