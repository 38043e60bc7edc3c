package app.chris.testkit.elevenlabs;

import app.chris.core.port.AudioFrame;
import app.chris.core.port.AudioSink;
import app.chris.core.port.PortException;
import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** An {@link AudioSink} that keeps every frame and how the utterance ended, for tests. Thread-safe. */
public final class RecordingAudioSink implements AudioSink {
  private final List<AudioFrame> frames = new ArrayList<>();
  private final CountDownLatch ended = new CountDownLatch(1);
  private Optional<PortException> failure = Optional.empty();
  private int doneCalls;

  @Override
  public synchronized void audio(AudioFrame frame) {
    frames.add(frame);
  }

  @Override
  public synchronized void done() {
    doneCalls++;
    ended.countDown();
  }

  @Override
  public synchronized void failed(PortException failure) {
    this.failure = Optional.of(failure);
    ended.countDown();
  }

  /** Waits until done() or failed() was called; false on timeout. */
  public boolean awaitEnd(Duration timeout) {
    try {
      return ended.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /** Waits until at least {@code count} frames arrived; false on timeout. */
  public boolean awaitFrames(int count, Duration timeout) {
    long end = System.nanoTime() + timeout.toNanos();
    while (frameCount() < count && System.nanoTime() < end) {
      try {
        Thread.sleep(2);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return false;
      }
    }
    return frameCount() >= count;
  }

  public synchronized List<AudioFrame> frames() {
    return List.copyOf(frames);
  }

  public synchronized int frameCount() {
    return frames.size();
  }

  /** All audio received, concatenated. */
  public synchronized byte[] audio() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    frames.forEach(f -> out.writeBytes(f.mulaw()));
    return out.toByteArray();
  }

  public synchronized boolean isDone() {
    return doneCalls > 0;
  }

  public synchronized int doneCalls() {
    return doneCalls;
  }

  public synchronized Optional<PortException> failure() {
    return failure;
  }
}
