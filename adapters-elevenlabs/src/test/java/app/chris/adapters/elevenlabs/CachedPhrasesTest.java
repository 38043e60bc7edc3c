package app.chris.adapters.elevenlabs;

import static org.assertj.core.api.Assertions.assertThat;

import app.chris.core.port.FailureKind;
import app.chris.core.port.PortException;
import app.chris.core.port.Utterance;
import app.chris.core.voice.CachingSpeechSynthesizer;
import app.chris.core.voice.PhraseCache;
import app.chris.core.voice.PhraseCacheLimits;
import app.chris.testkit.elevenlabs.RecordingAudioSink;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CachedPhrasesTest {
  private static final String GREETING = "Thanks for calling Maple Property Management.";
  private static final String HOLD = "One moment please.";

  private final VoiceFixture voice = new VoiceFixture();
  @TempDir Path phrases;

  @AfterEach
  void tearDown() {
    voice.close();
  }

  private CachingSpeechSynthesizer caching() {
    PhraseCache cache = new PhraseCache(phrases, voice.settings.voiceKey(), PhraseCacheLimits.defaults());
    return new CachingSpeechSynthesizer(voice.synthesizer, cache, voice.metrics);
  }

  private static RecordingAudioSink say(CachingSpeechSynthesizer synthesizer, String... pieces) {
    RecordingAudioSink sink = new RecordingAudioSink();
    Utterance utterance = synthesizer.begin(sink);
    for (String piece : pieces) {
      utterance.append(piece);
    }
    utterance.end();
    assertThat(sink.awaitEnd(VoiceFixture.WAIT)).isTrue();
    return sink;
  }

  @Test
  void givenWarmedGreeting_speakingIt_playsFromCacheWithoutAnyNetworkCall() {
    CachingSpeechSynthesizer synthesizer = caching();
    assertThat(synthesizer.warmUp(List.of(GREETING, HOLD))).isEqualTo(2);
    int requests = voice.fake.requestCount();
    int messages = voice.fake.socketMessages().size();

    RecordingAudioSink sink = say(synthesizer, GREETING);

    assertThat(VoiceFixture.heard(sink)).isEqualTo(GREETING + " ");
    assertThat(sink.doneCalls()).isEqualTo(1);
    assertThat(voice.fake.requestCount()).isEqualTo(requests);
    assertThat(voice.fake.socketMessages()).hasSize(messages);
    assertThat(voice.metrics.snapshot().cacheHits()).isEqualTo(1);
  }

  @Test
  void givenElevenLabsGoneEntirely_aCachedPhrase_stillPlaysWholeWhileOtherTextFails() {
    CachingSpeechSynthesizer synthesizer = caching();
    synthesizer.warmUp(List.of(GREETING));
    voice.fake.dropSockets(); // the open socket breaks, and nothing listens any more: sockets and HTTP are refused
    voice.fake.close();

    RecordingAudioSink cached = say(synthesizer, GREETING);
    RecordingAudioSink live = say(synthesizer, "Your balance is due on the first. ");

    assertThat(VoiceFixture.heard(cached)).isEqualTo(GREETING + " ");
    assertThat(cached.failure()).isEmpty();
    assertThat(live.failure()).map(PortException::kind).hasValue(FailureKind.UNAVAILABLE);
  }

  @Test
  void givenPhrasesOnDiskFromAnEarlierRun_warmUp_synthesisesNothing() {
    caching().warmUp(List.of(GREETING));
    int messages = voice.fake.socketMessages().size();

    int ready = caching().warmUp(List.of(GREETING));

    assertThat(ready).isEqualTo(1);
    assertThat(voice.fake.socketMessages()).hasSize(messages);
  }

  @Test
  void givenUncachedText_speaking_synthesisesLiveAndCountsAMiss() {
    CachingSpeechSynthesizer synthesizer = caching();
    synthesizer.warmUp(List.of(HOLD));

    RecordingAudioSink hit = say(synthesizer, HOLD);
    RecordingAudioSink miss = say(synthesizer, "Your unit is 4B. ");

    assertThat(VoiceFixture.heard(hit)).isEqualTo(HOLD + " ");
    assertThat(VoiceFixture.heard(miss)).isEqualTo("Your unit is four B. ");
    assertThat(voice.metrics.snapshot().cacheHitRate()).isEqualTo(0.5);
  }

  @Test
  void givenCachedPhraseFollowedByMoreText_speaking_playsCachedAudioFirstThenTheRest() {
    CachingSpeechSynthesizer synthesizer = caching();
    synthesizer.warmUp(List.of(HOLD));

    RecordingAudioSink sink = say(synthesizer, HOLD, "I found your lease. ");

    assertThat(VoiceFixture.heard(sink)).isEqualTo(HOLD + " I found your lease. ");
    assertThat(sink.doneCalls()).isEqualTo(1);
  }

  @Test
  void givenCachedHoldPhrase_appended_playsAtOnceWithoutWaitingForTheRestOfTheTurn() {
    CachingSpeechSynthesizer synthesizer = caching();
    synthesizer.warmUp(List.of(HOLD));
    RecordingAudioSink sink = new RecordingAudioSink();
    Utterance utterance = synthesizer.begin(sink);

    utterance.append(HOLD);

    assertThat(VoiceFixture.heard(sink)).isEqualTo(HOLD + " ");
    assertThat(sink.isDone()).isFalse();
    utterance.cancel();
  }

  @Test
  void givenVoiceRejectsTheKey_warmUp_skipsThePhraseAndLaterSpeechStillTriesLive() {
    voice.fake.script().refuseHandshake(401, app.chris.testkit.elevenlabs.VoiceErrors.detail("invalid_api_key", "no"));
    CachingSpeechSynthesizer synthesizer = caching();

    assertThat(synthesizer.warmUp(List.of(GREETING))).isZero();
    RecordingAudioSink sink = say(synthesizer, GREETING);

    assertThat(VoiceFixture.heard(sink)).isEqualTo(GREETING + " ");
    assertThat(voice.metrics.snapshot().cacheMisses()).isEqualTo(1);
  }
}
