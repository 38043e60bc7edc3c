package app.chris.core.voice;

import app.chris.core.port.AudioFrame;
import app.chris.core.port.AudioSink;
import app.chris.core.port.FailureKind;
import app.chris.core.port.PortException;
import app.chris.core.port.SpeechSynthesizer;
import app.chris.core.port.Utterance;
import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Synthesises one phrase into memory and waits for it: how the phrase cache fills itself. */
final class Recording implements AudioSink {
  private final ByteArrayOutputStream audio = new ByteArrayOutputStream();
  private final CompletableFuture<byte[]> result = new CompletableFuture<>();

  static byte[] of(SpeechSynthesizer synthesizer, String phrase, Duration timeout) {
    Recording recording = new Recording();
    Utterance utterance = synthesizer.begin(recording);
    utterance.append(phrase);
    utterance.end();
    try {
      return recording.result.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      utterance.cancel();
      throw new PortException(FailureKind.TIMEOUT, "phrase synthesis timed out", e);
    } catch (ExecutionException e) {
      throw e.getCause() instanceof PortException ? (PortException) e.getCause()
          : new PortException(FailureKind.UNKNOWN, "phrase synthesis failed", e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      utterance.cancel();
      throw new PortException(FailureKind.UNKNOWN, "interrupted while synthesising a phrase", e);
    }
  }

  @Override
  public synchronized void audio(AudioFrame frame) {
    audio.writeBytes(frame.mulaw());
  }

  @Override
  public synchronized void done() {
    result.complete(audio.toByteArray());
  }

  @Override
  public void failed(PortException failure) {
    result.completeExceptionally(failure);
  }
}
