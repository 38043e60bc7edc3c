package app.chris.core.voice;

import app.chris.core.port.AudioFrame;
import app.chris.core.port.AudioSink;
import app.chris.core.port.SpeechSynthesizer;
import app.chris.core.port.Utterance;
import java.util.Optional;

/**
 * One utterance in front of the cache. When the first text appended is exactly a cached phrase its audio plays
 * at once (a hold phrase must not wait for what follows); everything else, and anything after it, is synthesised
 * live on the same sink, so order is kept. Thread-safe.
 */
final class CachingUtterance implements Utterance {
  private final SpeechSynthesizer synthesizer;
  private final PhraseCache cache;
  private final SpeechMetrics metrics;
  private final AudioSink sink;
  private Optional<Utterance> live = Optional.empty();
  private boolean started;
  private boolean over;

  CachingUtterance(SpeechSynthesizer synthesizer, PhraseCache cache, SpeechMetrics metrics, AudioSink sink) {
    this.synthesizer = synthesizer;
    this.cache = cache;
    this.metrics = metrics;
    this.sink = sink;
  }

  @Override
  public synchronized void append(String text) {
    if (over) {
      return;
    }
    if (!started) {
      started = true;
      Optional<byte[]> cached = cache.get(text);
      if (cached.isPresent()) {
        metrics.cacheHit();
        MulawFramer.frames(cached.get()).forEach(this::play);
        return;
      }
      metrics.cacheMiss();
    }
    live().append(text);
  }

  @Override
  public synchronized void end() {
    if (over) {
      return;
    }
    over = true;
    if (live.isPresent()) {
      live.get().end();
    } else {
      sink.done();
    }
  }

  @Override
  public synchronized void cancel() {
    over = true;
    live.ifPresent(Utterance::cancel);
  }

  private void play(AudioFrame frame) {
    sink.audio(frame);
  }

  private Utterance live() {
    if (live.isEmpty()) {
      live = Optional.of(synthesizer.begin(sink));
    }
    return live.get();
  }
}
