package app.chris.testkit.scenario;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.Map;

/** Tallies scenario runs: pass rate over all runs and pass^k (scenarios that passed every one of k runs). */
final class SuiteReport {
  private final int repeat;
  private final Map<String, Integer> passesByScenario = new LinkedHashMap<>();
  private int runs;
  private int passes;

  SuiteReport(int repeat) {
    this.repeat = repeat;
  }

  void add(ScenarioResult result) {
    runs++;
    passesByScenario.merge(result.name(), result.passed() ? 1 : 0, Integer::sum);
    if (result.passed()) {
      passes++;
    }
  }

  boolean allPassed() {
    return passes == runs;
  }

  void print(PrintStream out) {
    out.printf("%d of %d runs passed (pass rate %.1f%%)%n", passes, runs, runs == 0 ? 0.0 : 100.0 * passes / runs);
    if (repeat > 1) {
      long all = passesByScenario.values().stream().filter(p -> p == repeat).count();
      int total = passesByScenario.size();
      out.printf("pass^%d: %d of %d scenarios passed all %d runs (%.1f%%)%n", repeat, all, total, repeat,
          total == 0 ? 0.0 : 100.0 * all / total);
    }
  }
}
