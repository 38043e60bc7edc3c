package app.chris.core.voice;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAccumulator;
import java.util.concurrent.atomic.LongAdder;

/** Voice counters shared by a synthesizer and its cache for one process. Thread-safe and lock-free. */
public final class SpeechMetrics {
  private final AtomicLong synthesised = new AtomicLong();
  private final LongAdder firstAudioNanos = new LongAdder();
  private final LongAccumulator maxFirstAudioNanos = new LongAccumulator(Math::max, 0);
  private final LongAdder characters = new LongAdder();
  private final LongAdder hits = new LongAdder();
  private final LongAdder misses = new LongAdder();

  /** Time from the first text sent to the vendor to the first audio byte back, once per utterance. */
  public void firstAudio(Duration latency) {
    synthesised.incrementAndGet();
    firstAudioNanos.add(latency.toNanos());
    maxFirstAudioNanos.accumulate(latency.toNanos());
  }

  /** Characters sent for synthesis (what the vendor bills). */
  public void characters(int count) {
    characters.add(count);
  }

  public void cacheHit() {
    hits.increment();
  }

  public void cacheMiss() {
    misses.increment();
  }

  public SpeechStats snapshot() {
    long count = synthesised.get();
    Duration mean = count == 0 ? Duration.ZERO : Duration.ofNanos(firstAudioNanos.sum() / count);
    return new SpeechStats(count, mean, Duration.ofNanos(maxFirstAudioNanos.get()), characters.sum(), hits.sum(),
        misses.sum());
  }
}
