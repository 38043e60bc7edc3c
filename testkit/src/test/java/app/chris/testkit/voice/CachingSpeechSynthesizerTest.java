package app.chris.testkit.voice;

import static org.assertj.core.api.Assertions.assertThat;

import app.chris.core.port.FailureKind;
import app.chris.core.port.Utterance;
import app.chris.core.voice.CachingSpeechSynthesizer;
import app.chris.core.voice.PhraseCache;
import app.chris.core.voice.PhraseCacheLimits;
import app.chris.core.voice.SpeechMetrics;
import app.chris.testkit.elevenlabs.RecordingAudioSink;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Fixed lines are stored the first time they are synthesised, and cached lines play even with the voice down. */
class CachingSpeechSynthesizerTest {
  private static final String FIXED = "One moment, please.";

  @TempDir Path dir;
  private final SpeechMetrics metrics = new SpeechMetrics();

  private CachingSpeechSynthesizer caching(CannedSpeechSynthesizer voice) {
    return new CachingSpeechSynthesizer(voice, new PhraseCache(dir, "voice/flash", PhraseCacheLimits.defaults()),
        metrics, Set.of(FIXED)::contains);
  }

  private static RecordingAudioSink say(CachingSpeechSynthesizer voice, String... pieces) {
    RecordingAudioSink sink = new RecordingAudioSink();
    Utterance utterance = voice.begin(sink);
    for (String piece : pieces) {
      utterance.append(piece);
    }
    utterance.end();
    return sink;
  }

  private static int whole(int bytes) {
    return (bytes + 159) / 160 * 160;
  }

  @Test
  void givenAFixedLineNotCachedYet_saidOnce_isKeptAndPlaysFromTheCacheNextTime() {
    CannedSpeechSynthesizer voice = new CannedSpeechSynthesizer();
    CachingSpeechSynthesizer caching = caching(voice);
    RecordingAudioSink first = say(caching, FIXED);

    RecordingAudioSink second = say(caching, FIXED);

    assertThat(voice.spoken()).containsExactly(FIXED);
    assertThat(second.audio().length).isEqualTo(whole(first.audio().length)); // played as whole 20 ms frames
    assertThat(second.isDone()).isTrue();
    assertThat(metrics.snapshot().cacheHits()).isEqualTo(1);
  }

  @Test
  void givenALineThatIsNotFixed_said_isSynthesisedEveryTime() {
    CannedSpeechSynthesizer voice = new CannedSpeechSynthesizer();
    CachingSpeechSynthesizer caching = caching(voice);

    say(caching, "Your balance is $125.50.");
    say(caching, "Your balance is $125.50.");

    assertThat(voice.spoken()).hasSize(2);
    assertThat(caching.cached("Your balance is $125.50.")).isFalse();
  }

  @Test
  void givenAFixedLineSaidWithMoreText_inOneUtterance_isNotKeptUnderTheLinesName() {
    CachingSpeechSynthesizer caching = caching(new CannedSpeechSynthesizer());

    say(caching, FIXED, "I found your lease.");

    assertThat(caching.cached(FIXED)).isFalse();
  }

  @Test
  void givenAFixedLineCutOffByBargeIn_isNotKept() {
    HeldExecutor audio = new HeldExecutor();
    CachingSpeechSynthesizer caching = caching(new CannedSpeechSynthesizer(java.time.Duration.ofMillis(10), audio));
    Utterance utterance = caching.begin(new RecordingAudioSink());
    utterance.append(FIXED);
    utterance.end();

    utterance.cancel();
    audio.release();

    assertThat(caching.cached(FIXED)).isFalse();
  }

  @Test
  void givenTheVoiceDown_aCachedLine_stillPlaysWhileOthersFail() {
    CannedSpeechSynthesizer voice = new CannedSpeechSynthesizer();
    CachingSpeechSynthesizer caching = caching(voice);
    caching.store(FIXED);
    voice.failFromNowOn(FailureKind.UNAVAILABLE);

    RecordingAudioSink cached = say(caching, FIXED);
    RecordingAudioSink live = say(caching, "Let me look up your account.");

    assertThat(cached.isDone()).isTrue();
    assertThat(cached.audio().length).isEqualTo(whole(voice.bytesFor(FIXED)));
    assertThat(live.failure()).hasValueSatisfying(f -> assertThat(f.kind()).isEqualTo(FailureKind.UNAVAILABLE));
  }
}
