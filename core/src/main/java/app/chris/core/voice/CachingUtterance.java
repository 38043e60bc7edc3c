package app.chris.core.voice;

import app.chris.core.port.AudioFrame;
import app.chris.core.port.AudioSink;
import app.chris.core.port.SpeechSynthesizer;
import app.chris.core.port.Utterance;
import java.util.Optional;

/**
 * One utterance in front of the cache. Text that is exactly a cached phrase is held (not synthesised); when the
 * utterance ends, or more text follows, the cached audio plays at once and any further text is synthesised.
 */
final class CachingUtterance implements Utterance {
  private final SpeechSynthesizer synthesizer;
  private final PhraseCache cache;
  private final SpeechMetrics metrics;
  private final AudioSink sink;
  private Optional<String> held = Optional.empty();
  private Optional<Utterance> live = Optional.empty();
  private boolean started;
  private boolean cancelled;

  CachingUtterance(SpeechSynthesizer synthesizer, PhraseCache cache, SpeechMetrics metrics, AudioSink sink) {
    this.synthesizer = synthesizer;
    this.cache = cache;
    this.metrics = metrics;
    this.sink = sink;
  }

  @Override
  public synchronized void append(String text) {
    if (cancelled) {
      return;
    }
    if (!started) {
      started = true;
      if (cache.contains(text)) {
        metrics.cacheHit();
        held = Optional.of(text);
        return;
      }
      metrics.cacheMiss();
    }
    playHeld();
    live().append(text);
  }

  @Override
  public synchronized void end() {
    if (cancelled) {
      return;
    }
    playHeld();
    if (live.isPresent()) {
      live.get().end();
    } else {
      sink.done();
    }
  }

  @Override
  public synchronized void cancel() {
    cancelled = true;
    live.ifPresent(Utterance::cancel);
  }

  private void playHeld() {
    if (held.isEmpty()) {
      return;
    }
    Optional<byte[]> audio = cache.get(held.get());
    if (audio.isPresent()) {
      for (AudioFrame frame : MulawFramer.frames(audio.get())) {
        sink.audio(frame);
      }
    } else {
      live().append(held.get()); // evicted since the lookup: say it live rather than skip it
    }
    held = Optional.empty();
  }

  private Utterance live() {
    if (live.isEmpty()) {
      live = Optional.of(synthesizer.begin(sink));
    }
    return live.get();
  }
}
