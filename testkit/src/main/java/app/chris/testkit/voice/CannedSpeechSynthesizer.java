package app.chris.testkit.voice;

import app.chris.core.port.AudioFrame;
import app.chris.core.port.AudioSink;
import app.chris.core.port.FailureKind;
import app.chris.core.port.PortException;
import app.chris.core.port.SpeechSynthesizer;
import app.chris.core.port.Utterance;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A stand-in voice: each utterance becomes mu-law silence, {@code perCharacter} of audio per character of text, in
 * 160-byte (20 ms) frames, delivered on {@code executor} when the utterance ends (directly on the caller's
 * thread by default). Records every text it was asked to say. Can be told to fail every utterance from now on
 * (a voice that is down), and to recover. Thread-safe.
 */
public final class CannedSpeechSynthesizer implements SpeechSynthesizer {
  /** G.711 mu-law encodes zero amplitude as 0xFF. */
  public static final byte MULAW_SILENCE = (byte) 0xFF;

  private final Duration perCharacter;
  private final Executor executor;
  private final List<String> spoken = new CopyOnWriteArrayList<>();
  private volatile Optional<FailureKind> failing = Optional.empty();
  private final AtomicInteger prewarms = new AtomicInteger();

  public CannedSpeechSynthesizer(Duration perCharacter, Executor executor) {
    this.perCharacter = Objects.requireNonNull(perCharacter, "perCharacter");
    this.executor = Objects.requireNonNull(executor, "executor");
    if (perCharacter.isNegative()) {
      throw new IllegalArgumentException("perCharacter must not be negative");
    }
  }

  /** 10 ms of audio per character, delivered synchronously. */
  public CannedSpeechSynthesizer() {
    this(Duration.ofMillis(10), Runnable::run);
  }

  @Override
  public Utterance begin(AudioSink sink) {
    return new Canned(Objects.requireNonNull(sink, "sink"));
  }

  /** From now on every utterance fails with {@code kind} when it ends, with no audio (the voice is down). */
  public void failFromNowOn(FailureKind kind) {
    failing = Optional.of(kind);
  }

  /** Utterances speak again. */
  public void recover() {
    failing = Optional.empty();
  }

  @Override
  public void prewarm() {
    prewarms.incrementAndGet();
  }

  /** How often a connection was opened ahead of speech. */
  public int prewarms() {
    return prewarms.get();
  }

  /** Every utterance's full text, in the order the utterances ended. */
  public List<String> spoken() {
    return List.copyOf(spoken);
  }

  /** Bytes of audio this synthesizer produces for {@code text}. */
  public int bytesFor(String text) {
    return (int) (perCharacter.toMillis() * text.length() * 8);
  }

  private final class Canned implements Utterance {
    private final AudioSink sink;
    private final StringBuilder text = new StringBuilder();
    private volatile boolean cancelled;

    Canned(AudioSink sink) {
      this.sink = sink;
    }

    @Override
    public synchronized void append(String more) {
      text.append(more);
    }

    @Override
    public void end() {
      String all;
      synchronized (this) {
        all = text.toString();
      }
      spoken.add(all);
      Optional<FailureKind> failure = failing;
      if (failure.isPresent()) {
        executor.execute(() -> sink.failed(new PortException(failure.get(), "canned voice is down")));
        return;
      }
      executor.execute(() -> deliver(bytesFor(all)));
    }

    @Override
    public void cancel() {
      cancelled = true;
    }

    private void deliver(int bytes) {
      for (int sent = 0; sent < bytes && !cancelled; sent += AudioFrame.PHONE_FRAME_BYTES) {
        byte[] frame = new byte[Math.min(AudioFrame.PHONE_FRAME_BYTES, bytes - sent)];
        Arrays.fill(frame, MULAW_SILENCE);
        sink.audio(new AudioFrame(frame));
      }
      if (!cancelled) {
        sink.done();
      }
    }
  }
}
