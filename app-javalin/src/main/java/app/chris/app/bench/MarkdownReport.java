package app.chris.app.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/** Appends a human table of the run to BENCHMARKS.md: machine, commit, settings, figures, targets met or missed. */
final class MarkdownReport {
  private MarkdownReport() {}

  static void append(RunResult run, Path path) throws IOException {
    BenchStats s = run.stats();
    StringBuilder md = new StringBuilder();
    md.append("\n### Load run: ").append(run.callsStarted()).append(" calls for ")
        .append(run.settings().length().toSeconds()).append(" s, ")
        .append(Instant.now().truncatedTo(ChronoUnit.SECONDS)).append("\n\n").append(machine())
        .append(" Commit ").append(Commit.current()).append(". Settings: `bench --calls ")
        .append(run.settings().calls())
        .append(" --seconds ").append(run.settings().length().toSeconds())
        .append(" --model-ms ").append(run.settings().modelFirstToken().toMillis()).append(" --voice-ms ")
        .append(run.settings().voiceFirstByte().toMillis()).append("`.\n\n");
    md.append(String.format(Locale.ROOT, "Calls completed %d of %d; caller frames sent %,d (%d late by more "
            + "than 20 ms), heard by the model's fake %,d; Chris's frames received %,d, dropped %d, reordered %d; "
            + "turns %d (%d unanswered, %d cut by the hang-up, %d model steps after a tool), barge-ins %d (%d "
            + "without a clear); CPU %.2f%% of a core per call; RSS %.2f MB per call.%s\n\n", s.callsCompleted.get(),
        run.callsStarted(),
        s.framesSent.get(), s.framesSentLate.get(),
        run.framesHeardByModel(), s.framesReceived.get(), s.framesDropped.get(), s.framesReordered.get(),
        s.turns.get(), s.turnsUnanswered.get(), s.turnsCutByHangUp.get(), run.modelFollowUps(), s.bargeIns.get(),
        s.bargeInsWithoutClear.get(),
        run.cpuPercentPerCall(), run.rssPerCallMb(), run.problem().map(p -> " Stopped early: " + p + ".").orElse("")));
    md.append("| figure (ms) | p50 | p99 | max |\n|---|---|---|---|\n");
    Figure.of(run).forEach(f -> f.tableRow().ifPresent(name -> row(md, name, f.latencies())));
    md.append("\n| target | measured | limit | met |\n|---|---|---|---|\n");
    for (Target t : Target.of(run)) {
      md.append(String.format(Locale.ROOT, "| %s | %.2f %s | %s %.0f %s | %s |\n", t.name(), t.measured(), t.unit(),
          t.atLeast() ? "≥" : "≤", t.limit(), t.unit(), t.met() ? "yes" : "**no**"));
    }
    Files.writeString(path, md.toString(), StandardCharsets.UTF_8, StandardOpenOption.CREATE,
        StandardOpenOption.APPEND);
  }

  private static void row(StringBuilder md, String name, Latencies figure) {
    md.append(String.format(Locale.ROOT, "| %s | %.2f | %.2f | %.2f |\n", name, figure.p50Ms(), figure.p99Ms(),
        figure.maxMs()));
  }

  private static String machine() {
    Runtime runtime = Runtime.getRuntime();
    return String.format(Locale.ROOT, "Machine: %d cores, load average %.1f at the end, max heap %d MB, Java %s, %s.",
        runtime.availableProcessors(), ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
        runtime.maxMemory() / 1024 / 1024, System.getProperty("java.version"), System.getProperty("os.name"));
  }
}
