package app.chris.core.voice;

import app.chris.core.port.AudioFrame;
import app.chris.core.port.AudioSink;
import app.chris.core.port.PortException;
import app.chris.core.port.SpeechSynthesizer;
import app.chris.core.port.Utterance;
import java.io.ByteArrayOutputStream;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * One utterance in front of the cache. When the first text appended is exactly a cached phrase its audio plays
 * at once (a hold phrase must not wait for what follows); everything else, and anything after it, is synthesised
 * live on the same sink, so order is kept. A fixed line synthesised live as the whole utterance is stored for
 * next time. Thread-safe.
 */
final class CachingUtterance implements Utterance {
  private final SpeechSynthesizer synthesizer;
  private final PhraseCache cache;
  private final SpeechMetrics metrics;
  private final Predicate<String> fixedLine;
  private final AudioSink sink;
  private Optional<Utterance> live = Optional.empty();
  // Read by the synthesizer's thread without this lock (which may be held while calling into the synthesizer).
  private volatile Optional<String> keeping = Optional.empty();
  private boolean started;
  private boolean over;

  CachingUtterance(SpeechSynthesizer synthesizer, PhraseCache cache, SpeechMetrics metrics,
      Predicate<String> fixedLine, AudioSink sink) {
    this.synthesizer = synthesizer;
    this.cache = cache;
    this.metrics = metrics;
    this.fixedLine = fixedLine;
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
        MulawFramer.frames(cached.get()).forEach(sink::audio);
        return;
      }
      metrics.cacheMiss();
      if (fixedLine.test(text.strip())) {
        keeping = Optional.of(text);
      }
    } else {
      keeping = Optional.empty(); // more than one phrase: the audio is not that phrase's alone
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
    keeping = Optional.empty();
    live.ifPresent(Utterance::cancel);
  }

  private Utterance live() {
    if (live.isEmpty()) {
      live = Optional.of(synthesizer.begin(keeping.isPresent() ? new Keeper() : sink));
    }
    return live.get();
  }

  /** Passes audio on and, when the utterance was one fixed line and completed, stores it in the cache. */
  private final class Keeper implements AudioSink {
    private final ByteArrayOutputStream audio = new ByteArrayOutputStream();

    @Override
    public void audio(AudioFrame frame) {
      synchronized (this) {
        audio.writeBytes(frame.mulaw());
      }
      sink.audio(frame);
    }

    @Override
    public void done() {
      sink.done();
      Optional<String> phrase = keeping;
      byte[] recorded;
      synchronized (this) {
        recorded = audio.toByteArray();
      }
      if (phrase.isPresent() && recorded.length > 0) {
        try {
          cache.put(phrase.get(), recorded);
        } catch (RuntimeException e) {
          // A full or read-only disk costs only the cache; the phrase was heard and plays live next time.
        }
      }
    }

    @Override
    public void failed(PortException failure) {
      sink.failed(failure);
    }
  }
}
