package app.chris.app.bench;

import java.util.List;
import java.util.Optional;

/**
 * One latency figure of a run, as both reports name it: its JSON key, and its row in the BENCHMARKS.md table
 * (empty: JSON only). One list, so the two reports cannot drift apart.
 */
record Figure(String jsonKey, Optional<String> tableRow, Latencies latencies) {
  static List<Figure> of(RunResult run) {
    BenchStats s = run.stats();
    return List.of(
        new Figure("relayMs", Optional.of("relay (voice fake → caller socket)"), s.relay),
        new Figure("relayFirstFrameMs", Optional.of("relay of each sentence's first frame"), s.relayFirstFrame),
        new Figure("jitterMs", Optional.of("jitter (lateness against 20 ms playout)"), s.jitter),
        new Figure("bargeInMs", Optional.of("barge-in (speech started → clear)"), s.bargeIn),
        new Figure("greetingMs", Optional.of("greeting (start → first frame)"), s.greeting),
        new Figure("turnOverheadMs", Optional.of("turn overhead (minus fakes' latency)"), s.turnOverhead),
        new Figure("turnOverheadAfterBargeInMs", Optional.of("turn overhead, turn right after a barge-in"),
            s.turnOverheadAfterBargeIn),
        new Figure("turnLatencyMs", Optional.of("turn latency (speech stopped → first frame)"), s.turnLatency),
        new Figure("callerSendLagMs", Optional.empty(), s.sendLag),
        new Figure("gcPauseMs", Optional.of("GC pause"), run.gcPauses()));
  }
}
