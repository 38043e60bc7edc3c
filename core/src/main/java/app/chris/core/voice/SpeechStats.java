package app.chris.core.voice;

import java.time.Duration;
import java.util.Objects;

/** A snapshot of voice metrics: time to first audio byte of synthesised utterances, characters, cache hits. */
public record SpeechStats(
    long synthesised, Duration meanFirstAudio, Duration maxFirstAudio, long characters, long cacheHits,
    long cacheMisses) {
  public SpeechStats {
    Objects.requireNonNull(meanFirstAudio, "meanFirstAudio");
    Objects.requireNonNull(maxFirstAudio, "maxFirstAudio");
  }

  /** Share of cache lookups served from the phrase cache, 0 when nothing was looked up. */
  public double cacheHitRate() {
    long lookups = cacheHits + cacheMisses;
    return lookups == 0 ? 0 : (double) cacheHits / lookups;
  }
}
