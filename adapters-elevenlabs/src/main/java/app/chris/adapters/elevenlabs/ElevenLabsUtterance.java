package app.chris.adapters.elevenlabs;

import app.chris.core.port.AudioFrame;
import app.chris.core.port.AudioSink;
import app.chris.core.port.FailureKind;
import app.chris.core.port.PortException;
import app.chris.core.port.Utterance;
import app.chris.core.voice.MulawFramer;
import app.chris.core.voice.SpokenText;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * One utterance: sentences (made speakable) go to its route as they complete; mu-law comes back re-framed into
 * 160-byte frames. If the socket is refused it replays on HTTP; if a socket drops, or stays silent for the
 * settings' first-audio timeout, before any audio played, it reconnects once and replays, then falls back to HTTP;
 * a silent HTTP route fails the utterance (TIMEOUT). Thread-safe; sink calls happen under this lock, so after
 * cancel() none can follow.
 */
final class ElevenLabsUtterance implements Utterance {
  private final VoicePaths paths;
  private final AudioSink sink;
  private final MulawFramer framer = new MulawFramer();
  private final SentenceBuffer buffer = new SentenceBuffer();
  private final List<String> sentences = new ArrayList<>();
  private Leg leg;
  private Route route;
  private boolean ended;
  private boolean over;
  private boolean reconnected;
  private long firstTextNanos;
  private boolean heard;

  private ElevenLabsUtterance(VoicePaths paths, AudioSink sink) {
    this.paths = paths;
    this.sink = sink;
  }

  static ElevenLabsUtterance start(VoicePaths paths, AudioSink sink) {
    ElevenLabsUtterance utterance = new ElevenLabsUtterance(paths, sink);
    synchronized (utterance) {
      utterance.leg = utterance.new Leg();
      utterance.route = paths.first(utterance.leg);
    }
    return utterance;
  }

  @Override
  public synchronized void append(String text) {
    if (!over && !ended) {
      buffer.add(text).forEach(this::speak);
    }
  }

  @Override
  public synchronized void end() {
    if (!over && !ended) {
      ended = true;
      buffer.rest().ifPresent(this::speak);
      route.finish();
    }
  }

  @Override
  public synchronized void cancel() {
    if (!over) {
      over = true;
      route.cancel();
    }
  }

  private void speak(String sentence) {
    String spoken = SpokenText.normalize(sentence);
    sentences.add(spoken);
    paths.metrics().characters(spoken.length());
    if (firstTextNanos == 0) {
      firstTextNanos = System.nanoTime();
      watch(leg);
    }
    route.speak(spoken);
  }

  /** A vendor that takes the text but never answers must not leave the caller in silence. */
  private void watch(Leg watched) {
    try {
      paths.http().scheduler().schedule(() -> stalled(watched),
          paths.http().settings().firstAudioTimeout().toMillis(), TimeUnit.MILLISECONDS);
    } catch (RejectedExecutionException e) {
      // The synthesizer is closing; its sockets report the end.
    }
  }

  private synchronized void stalled(Leg watched) {
    if (watched == leg && !heard && !over) {
      route.stalled();
      lost(watched, new PortException(FailureKind.TIMEOUT, "ElevenLabs sent no audio within "
          + paths.http().settings().firstAudioTimeout().toMillis() + " ms"), true);
    }
  }

  private void audio(Leg from, byte[] mulaw) {
    if (from != leg || over) {
      return;
    }
    if (!heard) {
      heard = true;
      paths.metrics().firstAudio(Duration.ofNanos(System.nanoTime() - firstTextNanos));
    }
    for (AudioFrame frame : framer.push(mulaw)) {
      sink.audio(frame);
    }
  }

  private void finished(Leg from) {
    if (from != leg || over) {
      return;
    }
    over = true;
    framer.finish().ifPresent(sink::audio);
    sink.done();
  }

  private void lost(Leg from, PortException why, boolean opened) {
    if (from != leg || over) {
      return;
    }
    boolean httpAlready = route instanceof HttpRoute;
    if (!httpAlready && !heard && why.kind().retryable() && !paths.pool().closed()) {
      leg = new Leg();
      boolean reconnect = opened && !reconnected; // a drop: one more socket; a refusal or second drop: HTTP
      if (!opened) {
        paths.pool().refused();
      }
      reconnected |= reconnect;
      route = reconnect ? paths.socket(leg) : paths.http(leg);
      sentences.forEach(route::speak);
      if (!sentences.isEmpty()) {
        watch(leg);
      }
      if (ended) {
        route.finish();
      }
      return;
    }
    over = true;
    sink.failed(why);
  }

  /** One route's view of this utterance; a replaced route's late callbacks are ignored. */
  private final class Leg implements ContextListener {
    @Override
    public void audio(byte[] mulaw) {
      synchronized (ElevenLabsUtterance.this) {
        ElevenLabsUtterance.this.audio(this, mulaw);
      }
    }

    @Override
    public void finished() {
      synchronized (ElevenLabsUtterance.this) {
        ElevenLabsUtterance.this.finished(this);
      }
    }

    @Override
    public void lost(PortException why, boolean opened) {
      synchronized (ElevenLabsUtterance.this) {
        ElevenLabsUtterance.this.lost(this, why, opened);
      }
    }
  }
}
