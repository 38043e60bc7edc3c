package app.chris.core.voice;

import app.chris.core.port.FailureKind;
import app.chris.core.port.PortException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * The phrases a warm-up still has to synthesise, shared by its threads. It stops at a refused key or quota, or
 * after {@link #MAX_FAILURES_IN_A_ROW} failures in a row (the voice is down); a phrase that fails on its own
 * (refused as invalid, or one glitch) is skipped: it will be synthesised live. Thread-safe.
 */
final class PhraseQueue {
  static final int MAX_FAILURES_IN_A_ROW = 3;

  private final Deque<String> phrases;
  private Optional<PortException> stoppedBy = Optional.empty();
  private int failuresInARow;

  PhraseQueue(List<String> phrases) {
    this.phrases = new ArrayDeque<>(phrases);
  }

  synchronized Optional<String> next() {
    return stoppedBy.isPresent() ? Optional.empty() : Optional.ofNullable(phrases.poll());
  }

  synchronized void result(Optional<PortException> failure) {
    if (failure.isEmpty()) {
      failuresInARow = 0;
      return;
    }
    FailureKind kind = failure.get().kind();
    if (kind == FailureKind.INVALID_REQUEST) {
      return; // this phrase's problem, not the voice's
    }
    failuresInARow++;
    if (kind == FailureKind.AUTHENTICATION || kind == FailureKind.QUOTA || failuresInARow >= MAX_FAILURES_IN_A_ROW) {
      stop(failure.get());
    }
  }

  synchronized void stop(PortException failure) {
    if (stoppedBy.isEmpty()) {
      stoppedBy = Optional.of(failure);
    }
  }

  synchronized Optional<PortException> stoppedBy() {
    return stoppedBy;
  }
}
