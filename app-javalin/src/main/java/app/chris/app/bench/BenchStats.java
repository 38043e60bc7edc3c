package app.chris.app.bench;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Everything the callers measured, shared by all calls. While {@link #paused} (the one explicit GC that measures
 * live heap) latencies are not recorded, so the measurement does not pollute what it measures; counts still are.
 */
final class BenchStats {
  final Latencies relay = new Latencies();
  final Latencies relayFirstFrame = new Latencies();
  final Latencies jitter = new Latencies();
  final Latencies bargeIn = new Latencies();
  final Latencies greeting = new Latencies();
  final Latencies turnOverhead = new Latencies();
  final Latencies turnOverheadAfterBargeIn = new Latencies();
  final Latencies turnLatency = new Latencies();
  final Latencies sendLag = new Latencies();
  final AtomicLong framesSent = new AtomicLong();
  final AtomicLong framesSentLate = new AtomicLong();
  final AtomicLong framesReceived = new AtomicLong();
  final AtomicLong framesUnstamped = new AtomicLong();
  final AtomicLong framesDropped = new AtomicLong();
  final AtomicLong framesReordered = new AtomicLong();
  final AtomicLong turns = new AtomicLong();
  final AtomicLong turnsUnanswered = new AtomicLong();
  final AtomicLong turnsCutByHangUp = new AtomicLong();
  final AtomicLong bargeIns = new AtomicLong();
  final AtomicLong bargeInsWithoutClear = new AtomicLong();
  final AtomicLong callsCompleted = new AtomicLong();
  private volatile boolean paused;

  void pause(boolean on) {
    paused = on;
  }

  /** Records into {@code figure} unless paused. */
  void time(Latencies figure, long nanos) {
    if (!paused) {
      figure.recordNanos(nanos);
    }
  }
}
