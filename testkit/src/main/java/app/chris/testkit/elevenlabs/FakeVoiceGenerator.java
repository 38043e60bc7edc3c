package app.chris.testkit.elevenlabs;

import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;

/**
 * The fake's voice: by default one thread for every context in arrival order, paced by the script (tests rely on
 * that order). In concurrent mode every chunk is a timer task due at first-byte delay + index x chunk interval, so
 * many calls' utterances overlap as they do at ElevenLabs; what runs "after the audio" waits for that socket's.
 */
final class FakeVoiceGenerator implements AutoCloseable {
  private final ExecutorService voice = Executors.newSingleThreadExecutor(r -> daemon(r, "fake-elevenlabs"));
  private final ScheduledExecutorService timer =
      Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "fake-elevenlabs-timer"));
  private final Map<Object, Long> lastChunkDue = new ConcurrentHashMap<>();
  private final AtomicLong utterances = new AtomicLong();
  private final FakeVoiceScript script;

  FakeVoiceGenerator(FakeVoiceScript script) {
    this.script = script;
  }

  /** Waits the first-byte delay, then sends chunks until {@code sendChunk} refuses (context closed). */
  void generate(Object socket, Object context, String text, Predicate<byte[]> sendChunk) {
    if (script.concurrent()) {
      schedule(socket, context, text, sendChunk);
      return;
    }
    voice.execute(() -> {
      sleep(script.firstByteDelay());
      long utterance = utterances.incrementAndGet();
      byte[][] chunks = chunks(text);
      for (int i = 0; i < chunks.length; i++) {
        if (!sendChunk.test(script.stamp().apply(utterance, i, chunks[i]))) {
          return;
        }
        sleep(script.chunkInterval());
      }
    });
  }

  /** A context's sentences follow each other (as at ElevenLabs); other contexts' audio overlaps with them. */
  private synchronized void schedule(Object socket, Object context, String text, Predicate<byte[]> sendChunk) {
    long utterance = utterances.incrementAndGet();
    byte[][] chunks = chunks(text);
    long interval = script.chunkInterval().toNanos();
    long first = Math.max(System.nanoTime() + script.firstByteDelay().toNanos(),
        lastChunkDue.getOrDefault(context, 0L) + interval);
    timer.schedule(new Pump(utterance, chunks, first, interval, sendChunk), first - System.nanoTime(),
        TimeUnit.NANOSECONDS);
    long last = first + Math.max(0, chunks.length - 1) * interval;
    lastChunkDue.merge(context, last, Math::max);
    lastChunkDue.merge(socket, last, Math::max);
  }

  /** Sends one utterance's chunks in order, each at its due time (all at once when the interval is zero). */
  private final class Pump implements Runnable {
    private final long utterance;
    private final byte[][] chunks;
    private final long first;
    private final long interval;
    private final Predicate<byte[]> sendChunk;
    private int next;

    Pump(long utterance, byte[][] chunks, long first, long interval, Predicate<byte[]> sendChunk) {
      this.utterance = utterance;
      this.chunks = chunks;
      this.first = first;
      this.interval = interval;
      this.sendChunk = sendChunk;
    }

    @Override
    public void run() {
      while (next < chunks.length && first + next * interval <= System.nanoTime()) {
        if (!sendChunk.test(script.stamp().apply(utterance, next, chunks[next]))) {
          return; // the context was closed
        }
        next++;
      }
      if (next < chunks.length) {
        timer.schedule(this, first + next * interval - System.nanoTime(), TimeUnit.NANOSECONDS);
      }
    }
  }

  private byte[][] chunks(String text) {
    byte[] audio = FakeVoiceAudio.of(text, script.bytesPerCharacter());
    int size = script.chunkBytes();
    byte[][] chunks = new byte[(audio.length + size - 1) / size][];
    for (int i = 0; i < chunks.length; i++) {
      chunks[i] = Arrays.copyOfRange(audio, i * size, Math.min(audio.length, (i + 1) * size));
    }
    return chunks;
  }

  /** Runs after all audio already queued (for {@code socketOrContext}, in concurrent mode). */
  synchronized void after(Object socketOrContext, Runnable action) {
    if (script.concurrent()) {
      long due = Math.max(System.nanoTime(), lastChunkDue.getOrDefault(socketOrContext, 0L));
      timer.schedule(action, due - System.nanoTime(), TimeUnit.NANOSECONDS);
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
