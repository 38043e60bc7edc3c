package app.chris.app.bench;

import java.util.List;

/** A performance target of the performance issue and whether the run met it (lower is better for all but calls). */
record Target(String name, double measured, double limit, String unit, boolean atLeast) {
  boolean met() {
    return atLeast ? measured >= limit : measured <= limit;
  }

  static List<Target> of(RunResult run) {
    BenchStats s = run.stats();
    return List.of(
        new Target("concurrent calls completed", s.callsCompleted.get(), 200, "calls", true),
        new Target("dropped + reordered frames", s.framesDropped.get() + s.framesReordered.get(), 0, "frames", false),
        new Target("relay p99", s.relay.p99Ms(), 5, "ms", false),
        new Target("jitter p99", s.jitter.p99Ms(), 10, "ms", false),
        new Target("barge-in p99", s.bargeIn.p99Ms(), 20, "ms", false),
        new Target("greeting p99", s.greeting.p99Ms(), 150, "ms", false),
        new Target("turn overhead p99", s.turnOverhead.p99Ms(), 30, "ms", false),
        new Target("heap per call", run.heapPerCallMb(), 2, "MB", false),
        new Target("GC pause p99", run.gcPauses().p99Ms(), 10, "ms", false),
        new Target("start-up to ready, voice warm-up included", run.readyNanos() / 1e6, 3000, "ms", false));
  }
}
