package app.chris.app.bench;

import java.util.Optional;

/**
 * What a run measured: the callers' figures, GC pauses, time to ready, footprint idle and under load, CPU cores
 * busy under load, calls started, caller frames the model's fake heard, model steps after a tool, and why the run
 * stopped early if it did.
 */
record RunResult(BenchSettings settings, BenchStats stats, Latencies gcPauses, long readyNanos, Footprint idle,
    Footprint loaded, double cpuCoresBusy, int callsStarted, long framesHeardByModel, long modelFollowUps,
    Optional<String> problem) {

  double heapPerCallMb() {
    return mbPerCall(loaded.heapBytes() - idle.heapBytes());
  }

  double rssPerCallMb() {
    return mbPerCall(loaded.rssBytes() - idle.rssBytes());
  }

  /** Percent of one core each call costs (callers and fakes included: they run in the same process). */
  double cpuPercentPerCall() {
    return Math.round(cpuCoresBusy * 10_000.0 / Math.max(1, callsStarted)) / 100.0;
  }

  private double mbPerCall(long bytes) {
    return Math.round(bytes / 1024.0 / 1024.0 / Math.max(1, callsStarted) * 1000) / 1000.0;
  }
}
