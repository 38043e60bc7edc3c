package app.chris.testkit;

import app.chris.core.port.FailureKind;
import app.chris.core.port.PortException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;

/** Failures a fake throws on its next calls, in order. Thread-safe. */
final class FailureScript {
  private final Deque<PortException> next = new ArrayDeque<>();

  synchronized void add(int times, PortException failure) {
    Objects.requireNonNull(failure, "failure");
    if (times < 0) {
      throw new IllegalArgumentException("times must not be negative");
    }
    for (int i = 0; i < times; i++) {
      next.addLast(failure);
    }
  }

  static PortException of(FailureKind kind, String what) {
    return new PortException(kind, "scripted " + kind + " from " + what);
  }

  /** Throws the next scripted failure, if any. */
  synchronized void throwIfScripted() {
    PortException failure = next.pollFirst();
    if (failure != null) {
      throw failure;
    }
  }
}
