package app.chris.core.voice;

import app.chris.core.port.AudioSink;
import app.chris.core.port.SpeechSynthesizer;
import app.chris.core.port.Utterance;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Serves phrases found in the {@link PhraseCache} at once, with no synthesis, and hands everything else to the
 * wrapped synthesizer. A fixed line (per {@code fixedLine}) that is not cached yet is stored the first time it
 * is synthesised whole. A cached phrase must arrive as one append (how each sentence of a call is spoken).
 * Thread-safe like the synthesizer it wraps; closing it closes that synthesizer.
 */
public final class CachingSpeechSynthesizer implements SpeechSynthesizer, AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(CachingSpeechSynthesizer.class);
  private static final Duration PHRASE_TIMEOUT = Duration.ofSeconds(15);

  private final SpeechSynthesizer synthesizer;
  private final PhraseCache cache;
  private final SpeechMetrics metrics;
  private final Predicate<String> fixedLine;

  public CachingSpeechSynthesizer(
      SpeechSynthesizer synthesizer, PhraseCache cache, SpeechMetrics metrics, Predicate<String> fixedLine) {
    this.synthesizer = synthesizer;
    this.cache = cache;
    this.metrics = metrics;
    this.fixedLine = fixedLine;
  }

  /** Serves the cache but stores only what {@link #warmUp} or {@link #store} put there. */
  public CachingSpeechSynthesizer(SpeechSynthesizer synthesizer, PhraseCache cache, SpeechMetrics metrics) {
    this(synthesizer, cache, metrics, text -> false);
  }

  @Override
  public Utterance begin(AudioSink sink) {
    return new CachingUtterance(synthesizer, cache, metrics, fixedLine, sink);
  }

  @Override
  public void prewarm() {
    synthesizer.prewarm();
  }

  public boolean cached(String phrase) {
    return cache.contains(phrase);
  }

  public PhraseCache cache() {
    return cache;
  }

  /**
   * Synthesises {@code phrase} live (never from the cache) and stores it; blocks until done. Throws the
   * synthesizer's {@link app.chris.core.port.PortException} when it fails, which also proves the voice works or not.
   */
  public void store(String phrase) {
    byte[] audio = Recording.of(synthesizer, phrase, PHRASE_TIMEOUT);
    if (audio.length > 0) {
      cache.put(phrase, audio);
    }
  }

  /**
   * Synthesises each phrase not yet cached and stores it; blocks. A phrase that fails is logged and skipped: it
   * will simply be synthesised live. Returns how many of the phrases are cached. {@link VoiceWarmUp} does the
   * same in the background with a credentials check and a status.
   */
  public int warmUp(List<String> phrases) {
    int ready = 0;
    for (String phrase : phrases) {
      try {
        if (!cache.contains(phrase)) {
          store(phrase);
        }
        ready += cache.contains(phrase) ? 1 : 0;
      } catch (RuntimeException e) {
        log.warn("Could not pre-synthesise a phrase ({} chars): {}", phrase.length(), e.toString());
      }
    }
    return ready;
  }

  @Override
  public void close() throws Exception {
    if (synthesizer instanceof AutoCloseable) {
      ((AutoCloseable) synthesizer).close();
    }
  }
}
