package app.chris.app.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The run as machine-readable JSON (the fields the performance issue names, plus the counts behind them). */
final class JsonReport {
  private JsonReport() {}

  static void write(RunResult run, Path path) throws IOException {
    ObjectMapper json = new ObjectMapper();
    BenchStats s = run.stats();
    ObjectNode root = json.createObjectNode();
    root.put("calls", run.callsStarted()).put("callsCompleted", s.callsCompleted.get())
        .put("seconds", run.settings().length().toSeconds())
        .put("modelFirstTokenMs", run.settings().modelFirstToken().toMillis())
        .put("voiceFirstByteMs", run.settings().voiceFirstByte().toMillis())
        .put("framesSent", s.framesSent.get()).put("framesSentLate", s.framesSentLate.get())
        .put("framesHeardByModel", run.framesHeardByModel())
        .put("framesReceived", s.framesReceived.get()).put("framesUnstamped", s.framesUnstamped.get())
        .put("framesDropped", s.framesDropped.get()).put("framesReordered", s.framesReordered.get())
        .put("turns", s.turns.get()).put("modelFollowUps", run.modelFollowUps())
        .put("turnsUnanswered", s.turnsUnanswered.get()).put("turnsCutByHangUp", s.turnsCutByHangUp.get())
        .put("bargeIns", s.bargeIns.get()).put("bargeInsWithoutClear", s.bargeInsWithoutClear.get());
    Figure.of(run).forEach(f -> figure(root, f.jsonKey(), f.latencies()));
    root.put("gcPauseP99Ms", run.gcPauses().p99Ms()).put("heapPerCallMb", run.heapPerCallMb())
        .put("rssPerCallMb", run.rssPerCallMb()).put("cpuPercentPerCall", run.cpuPercentPerCall())
        .put("startupMs", Math.round(run.readyNanos() / 1e6));
    run.problem().ifPresent(p -> root.put("problem", p));
    ObjectNode targets = root.putObject("targetsMet");
    Target.of(run).forEach(t -> targets.put(t.name(), t.met()));
    Files.writeString(path, json.writerWithDefaultPrettyPrinter().writeValueAsString(root));
  }

  private static void figure(ObjectNode root, String name, Latencies figure) {
    root.putObject(name).put("p50", figure.p50Ms()).put("p99", figure.p99Ms()).put("max", figure.maxMs())
        .put("count", figure.count());
  }
}
