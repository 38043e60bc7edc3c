package app.chris.app.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

/** {@code chris.jar bench}: runs the load benchmark, writes its JSON and (optionally) a BENCHMARKS.md table. */
public final class BenchCommand {
  private final PrintStream out;

  public BenchCommand(PrintStream out) {
    this.out = out;
  }

  /** Returns the process exit code: 0 when every call completed, 1 otherwise, 2 on bad flags. */
  public int run(List<String> args) {
    BenchSettings settings;
    try {
      settings = BenchSettings.parse(args);
    } catch (IllegalArgumentException e) {
      out.println(e.getMessage());
      return 2;
    }
    try {
      out.printf(Locale.ROOT, "bench: %d calls for %d s (model %d ms, voice %d ms)...%n", settings.calls(),
          settings.length().toSeconds(), settings.modelFirstToken().toMillis(), settings.voiceFirstByte().toMillis());
      RunResult run = LoadRun.run(settings);
      JsonReport.write(run, settings.json());
      if (settings.markdown().isPresent()) {
        MarkdownReport.append(run, settings.markdown().get());
      }
      Target.of(run).forEach(t -> out.printf(Locale.ROOT, "  %-28s %10.2f %-6s (%s %.0f) %s%n", t.name(),
          t.measured(), t.unit(), t.atLeast() ? ">=" : "<=", t.limit(), t.met() ? "ok" : "MISSED"));
      out.println("results: " + settings.json() + settings.markdown().map(p -> " and " + p).orElse(""));
      return run.stats().callsCompleted.get() == run.settings().calls() ? 0 : 1;
    } catch (IOException | RuntimeException e) {
      out.println("bench failed: " + e);
      return 1;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return 1;
    }
  }
}
