package app.chris.testkit.elevenlabs;

import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;

/**
 * The fake's voice: by default one thread for every context in arrival order, paced by the script; in concurrent
 * mode each utterance's first-byte delay is a timer, so many calls do not queue behind each other.
 */
final class FakeVoiceGenerator implements AutoCloseable {
  private final ExecutorService voice = Executors.newSingleThreadExecutor(r -> daemon(r, "fake-elevenlabs"));
  private final ScheduledExecutorService timer =
      Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "fake-elevenlabs-timer"));
  private final AtomicLong utterances = new AtomicLong();
  private final FakeVoiceScript script;

  FakeVoiceGenerator(FakeVoiceScript script) {
    this.script = script;
  }

  /** Waits the first-byte delay, then sends chunks until {@code sendChunk} refuses (context closed). */
  void generate(String text, Predicate<byte[]> sendChunk) {
    if (script.concurrent()) {
      timer.schedule(() -> send(text, sendChunk, false), script.firstByteDelay().toNanos(), TimeUnit.NANOSECONDS);
      return;
    }
    voice.execute(() -> {
      sleep(script.firstByteDelay());
      send(text, sendChunk, true);
    });
  }

  private void send(String text, Predicate<byte[]> sendChunk, boolean paced) {
    long utterance = utterances.incrementAndGet();
    byte[] audio = FakeVoiceAudio.of(text, script.bytesPerCharacter());
    int size = script.chunkBytes();
    for (int from = 0, index = 0; from < audio.length; from += size, index++) {
      byte[] chunk = Arrays.copyOfRange(audio, from, Math.min(audio.length, from + size));
      if (!sendChunk.test(script.stamp().apply(utterance, index, chunk))) {
        return;
      }
      if (paced) {
        sleep(script.chunkInterval());
      }
    }
  }

  /** Runs after all audio already queued. */
  void after(Runnable action) {
    if (script.concurrent()) {
      timer.schedule(action, script.firstByteDelay().toNanos(), TimeUnit.NANOSECONDS);
    } else {
      voice.execute(action);
    }
  }

  @Override
  public void close() {
    voice.shutdownNow();
    timer.shutdownNow();
  }

  static void sleep(Duration duration) {
    if (duration.isZero()) {
      return;
    }
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static Thread daemon(Runnable r, String name) {
    Thread t = new Thread(r, name);
    t.setDaemon(true);
    return t;
  }
}
