package app.chris.testkit.voice;

import static org.assertj.core.api.Assertions.assertThat;

import app.chris.core.port.FailureKind;
import app.chris.core.port.SpeechSynthesizer;
import app.chris.core.port.Utterance;
import app.chris.core.voice.CachingSpeechSynthesizer;
import app.chris.core.voice.PhraseCache;
import app.chris.core.voice.PhraseCacheLimits;
import app.chris.core.voice.SpeechMetrics;
import app.chris.core.voice.VoiceWarmUp;
import app.chris.core.voice.WarmUpPlan;
import app.chris.core.voice.WarmUpStatus;
import app.chris.core.voice.WarmUpStatus.State;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VoiceWarmUpTest {
  private static final List<String> LINES =
      List.of("Good morning, thanks for calling Lakeside.", "One moment, please.", "Is that right?");
  private static final Duration WAIT = Duration.ofSeconds(10);

  @TempDir Path dir;
  private VoiceWarmUp warmUp;

  @AfterEach
  void tearDown() {
    if (warmUp != null) {
      warmUp.close();
    }
  }

  private VoiceWarmUp warmUp(CannedSpeechSynthesizer voice, Duration retry) {
    PhraseCache cache = new PhraseCache(dir, "voice/flash", PhraseCacheLimits.defaults());
    warmUp = new VoiceWarmUp(new CachingSpeechSynthesizer(voice, cache, new SpeechMetrics()),
        WarmUpPlan.everyLine(() -> LINES), retry);
    warmUp.start();
    return warmUp;
  }

  static WarmUpStatus await(VoiceWarmUp warmUp, Predicate<WarmUpStatus> until) {
    long end = System.nanoTime() + WAIT.toNanos();
    while (!until.test(warmUp.status()) && System.nanoTime() < end) {
      Thread.onSpinWait();
    }
    return warmUp.status();
  }

  @Test
  void givenAnEmptyCache_warmUp_opensTheVoiceStoresEveryLineAndReportsReady() {
    CannedSpeechSynthesizer voice = new CannedSpeechSynthesizer();

    WarmUpStatus status = await(warmUp(voice, Duration.ofSeconds(30)), s -> s.state() == State.READY);

    assertThat(status.state()).isEqualTo(State.READY);
    assertThat(status.describe()).isEqualTo("3 of 3 phrases cached, credentials ok");
    assertThat(voice.spoken()).containsExactlyInAnyOrderElementsOf(LINES);
    assertThat(voice.prewarms()).isEqualTo(1);
  }

  @Test
  void givenEveryLineCachedByAnEarlierRun_warmUp_synthesisesOnlyTheShortestLineToCheckTheVoice() {
    await(warmUp(new CannedSpeechSynthesizer(), Duration.ofSeconds(30)), s -> s.state() == State.READY).state();
    warmUp.close();
    CannedSpeechSynthesizer restarted = new CannedSpeechSynthesizer();

    WarmUpStatus status = await(warmUp(restarted, Duration.ofSeconds(30)), s -> s.state() == State.READY);

    assertThat(status.cached()).isEqualTo(3);
    assertThat(restarted.spoken()).containsExactly("Is that right?");
  }

  @Test
  void givenARefusedKey_warmUp_failsWithAuthenticationAfterOneAttempt() {
    CannedSpeechSynthesizer voice = new CannedSpeechSynthesizer();
    voice.failFromNowOn(FailureKind.AUTHENTICATION);

    WarmUpStatus status = await(warmUp(voice, Duration.ofMillis(1)), s -> s.state() == State.FAILED);

    assertThat(status.failure()).contains(FailureKind.AUTHENTICATION);
    assertThat(status.describe()).isEqualTo("voice check failed (AUTHENTICATION); 0 of 3 phrases cached");
    assertThat(voice.spoken()).hasSize(1);
  }

  @Test
  void givenTheVoiceDownAtStartUp_warmUp_reportsItAndRetriesUntilTheVoiceAnswers() {
    CannedSpeechSynthesizer voice = new CannedSpeechSynthesizer();
    voice.failFromNowOn(FailureKind.UNAVAILABLE);
    warmUp(voice, Duration.ofMillis(20));
    WarmUpStatus down = await(warmUp, s -> s.state() == State.FAILED);
    assertThat(down.describe()).isEqualTo("voice check failed (UNAVAILABLE, retrying); 0 of 3 phrases cached");

    voice.recover();

    assertThat(await(warmUp, s -> s.state() == State.READY).cached()).isEqualTo(3);
  }

  @Test
  void givenSynthesisStillRunning_status_saysWarmingUntilEveryLineIsIn() {
    HeldExecutor audio = new HeldExecutor();
    warmUp(new CannedSpeechSynthesizer(Duration.ofMillis(10), audio), Duration.ofSeconds(30));
    long end = System.nanoTime() + WAIT.toNanos();
    while (audio.held() == 0 && System.nanoTime() < end) {
      Thread.onSpinWait();
    }

    assertThat(warmUp.status().describe()).isEqualTo("warming: 0 of 3 phrases cached");
    while (warmUp.status().state() == State.WARMING && System.nanoTime() < end) {
      audio.release();
    }
    assertThat(warmUp.status().state()).isEqualTo(State.READY);
  }

  @Test
  void givenUrgentLines_warmUp_takesCallsOnceTheyAreCachedWhileTheRestStillWarm() {
    CountDownLatch rest = new CountDownLatch(1);
    CannedSpeechSynthesizer canned = new CannedSpeechSynthesizer();
    SpeechSynthesizer voice = sink -> new HeldUtterance(canned.begin(sink), rest);
    PhraseCache cache = new PhraseCache(dir, "voice/flash", PhraseCacheLimits.defaults());
    warmUp = new VoiceWarmUp(new CachingSpeechSynthesizer(voice, cache, new SpeechMetrics()),
        new WarmUpPlan(() -> LINES, () -> Set.of(LINES.get(0)), 4), Duration.ofSeconds(30));
    warmUp.start();

    WarmUpStatus early = await(warmUp, s -> s.state().takesCalls());
    assertThat(early.state()).isEqualTo(State.WARMING_REST);
    assertThat(early.cached()).isEqualTo(1);
    assertThat(early.describe()).isEqualTo("1 of 3 phrases cached, credentials ok; warming the rest");
    rest.countDown();

    WarmUpStatus done = await(warmUp, s -> s.state() == State.READY);
    assertThat(done.describe()).isEqualTo("3 of 3 phrases cached, credentials ok");
  }

  /** Holds every line but the greeting until {@code rest} opens (the rest of the warm-up is still running). */
  private record HeldUtterance(Utterance canned, CountDownLatch rest, StringBuilder text) implements Utterance {
    HeldUtterance(Utterance canned, CountDownLatch rest) {
      this(canned, rest, new StringBuilder());
    }

    @Override
    public void append(String more) {
      synchronized (text) {
        text.append(more);
      }
      canned.append(more);
    }

    @Override
    public void end() {
      boolean held;
      synchronized (text) {
        held = !text.toString().startsWith("Good morning");
      }
      try {
        if (held) {
          rest.await();
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      canned.end();
    }

    @Override
    public void cancel() {
      canned.cancel();
    }
  }
}
