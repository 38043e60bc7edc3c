package app.chris.testkit.elevenlabs;

import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Predicate;

/** The fake's one voice thread: audio for every context in arrival order, paced by the script. */
final class FakeVoiceGenerator implements AutoCloseable {
  private final ExecutorService voice = Executors.newSingleThreadExecutor(r -> new Thread(r, "fake-elevenlabs"));
  private final FakeVoiceScript script;

  FakeVoiceGenerator(FakeVoiceScript script) {
    this.script = script;
  }

  /** Waits the first-byte delay, then sends chunks until {@code sendChunk} refuses (context closed). */
  void generate(String text, Predicate<byte[]> sendChunk) {
    voice.execute(() -> {
      sleep(script.firstByteDelay());
      byte[] audio = FakeVoiceAudio.of(text, script.bytesPerCharacter());
      for (int from = 0; from < audio.length; from += script.chunkBytes()) {
        byte[] chunk = Arrays.copyOfRange(audio, from, Math.min(audio.length, from + script.chunkBytes()));
        if (!sendChunk.test(chunk)) {
          return;
        }
        sleep(script.chunkInterval());
      }
    });
  }

  /** Runs after all audio already queued. */
  void after(Runnable action) {
    voice.execute(action);
  }

  @Override
  public void close() {
    voice.shutdownNow();
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
}
