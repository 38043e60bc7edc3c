package app.chris.core.voice;

import app.chris.core.port.AudioSink;
import app.chris.core.port.SpeechSynthesizer;
import app.chris.core.port.Utterance;
import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Serves phrases found in the {@link PhraseCache} at once, with no synthesis, and hands everything else to the
 * wrapped synthesizer. A cached phrase must arrive as one append (how greetings and hold phrases are spoken).
 * Thread-safe like the synthesizer it wraps.
 */
public final class CachingSpeechSynthesizer implements SpeechSynthesizer {
  private static final Logger log = LoggerFactory.getLogger(CachingSpeechSynthesizer.class);
  private static final Duration WARM_UP_TIMEOUT = Duration.ofSeconds(15);

  private final SpeechSynthesizer synthesizer;
  private final PhraseCache cache;
  private final SpeechMetrics metrics;

  public CachingSpeechSynthesizer(SpeechSynthesizer synthesizer, PhraseCache cache, SpeechMetrics metrics) {
    this.synthesizer = synthesizer;
    this.cache = cache;
    this.metrics = metrics;
  }

  @Override
  public Utterance begin(AudioSink sink) {
    return new CachingUtterance(synthesizer, cache, metrics, sink);
  }

  /**
   * Synthesises each phrase not yet cached and stores it; blocks (call at startup, off the call path). A phrase
   * that fails is logged and skipped: it will simply be synthesised live. Returns how many phrases are cached.
   */
  public int warmUp(List<String> phrases) {
    int ready = 0;
    for (String phrase : phrases) {
      if (cache.contains(phrase)) {
        ready++;
        continue;
      }
      try {
        cache.put(phrase, Recording.of(synthesizer, phrase, WARM_UP_TIMEOUT));
        ready++;
      } catch (RuntimeException e) {
        log.warn("Could not pre-synthesise a phrase ({} chars): {}", phrase.length(), e.toString());
      }
    }
    return ready;
  }
}
