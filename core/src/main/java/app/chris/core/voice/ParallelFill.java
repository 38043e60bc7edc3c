package app.chris.core.voice;

import app.chris.core.port.FailureKind;
import app.chris.core.port.PortException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/**
 * Stores phrases in the voice's cache on several threads at once (the calling thread plus helpers on the warm-up's
 * executor), all stopping at the first failure; {@link VoiceWarmUp} runs one fill per phase. Thread-safe.
 */
final class ParallelFill {
  private final CachingSpeechSynthesizer voice;
  private final ExecutorService executor;

  ParallelFill(CachingSpeechSynthesizer voice, ExecutorService executor) {
    this.voice = voice;
    this.executor = executor;
  }

  /**
   * Synthesises {@code todo} on {@code parallel} threads, running {@code afterEach} after every phrase; returns the
   * failure that stopped it, if one did. Blocks until every thread is done.
   */
  Optional<PortException> fill(List<String> todo, int parallel, Runnable afterEach) {
    PhraseQueue queue = new PhraseQueue(todo);
    List<Future<?>> helpers = new ArrayList<>();
    for (int i = 1; i < parallel; i++) {
      helpers.add(executor.submit(() -> drain(queue, afterEach)));
    }
    drain(queue, afterEach);
    for (Future<?> helper : helpers) {
      try {
        helper.get();
      } catch (ExecutionException e) {
        queue.stop(new PortException(FailureKind.UNKNOWN, "warm-up worker failed", e.getCause()));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        queue.stop(new PortException(FailureKind.UNKNOWN, "warm-up interrupted", e));
      }
    }
    return queue.stoppedBy();
  }

  /** Synthesises {@code phrase} live and stores it; the failure, if it failed. */
  Optional<PortException> store(String phrase) {
    try {
      voice.store(phrase);
      return Optional.empty();
    } catch (PortException e) {
      return Optional.of(e);
    } catch (RuntimeException e) {
      return Optional.of(new PortException(FailureKind.UNKNOWN, "phrase could not be stored", e));
    }
  }

  private void drain(PhraseQueue queue, Runnable afterEach) {
    for (Optional<String> next = queue.next(); next.isPresent(); next = queue.next()) {
      queue.result(store(next.get()));
      afterEach.run();
    }
  }
}
