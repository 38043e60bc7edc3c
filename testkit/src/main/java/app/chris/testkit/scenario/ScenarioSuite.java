package app.chris.testkit.scenario;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Runs scenario files (or directories of them) k times, either against one running server or against a fresh
 * server per scenario run, prints PASS/FAIL lines with pass rate and pass^k, and returns a process exit code.
 */
public final class ScenarioSuite {
  private final ScenarioRunner runner = new ScenarioRunner();
  private final PrintStream out;

  public ScenarioSuite(PrintStream out) {
    this.out = out;
  }

  /** Loads scenarios: explicit files strictly; in directories, every {@code *.json} that declares the format. */
  public static List<LoadedScenario> load(List<Path> paths) throws IOException {
    List<LoadedScenario> scenarios = new ArrayList<>();
    for (Path path : paths) {
      if (Files.isDirectory(path)) {
        try (Stream<Path> files = Files.list(path)) {
          for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
            String json = Files.readString(file, StandardCharsets.UTF_8);
            if (json.contains(ScenarioParser.FORMAT)) {
              scenarios.add(new LoadedScenario(file, ScenarioParser.parse(json, file.toString())));
            }
          }
        }
      } else {
        String json = Files.readString(path, StandardCharsets.UTF_8);
        scenarios.add(new LoadedScenario(path, ScenarioParser.parse(json, path.toString())));
      }
    }
    return scenarios;
  }

  /** Every scenario k times against {@code target}; 0 when every run passed, else 1. */
  public int run(List<LoadedScenario> scenarios, int repeat, Target target) {
    SuiteReport report = new SuiteReport(repeat);
    for (LoadedScenario loaded : scenarios) {
      for (int run = 1; run <= repeat; run++) {
        ScenarioResult result = runOnce(loaded, target);
        out.println((repeat > 1 ? "[" + run + "/" + repeat + "] " : "") + result.line());
        report.add(result);
      }
    }
    report.print(out);
    return report.allPassed() ? 0 : 1;
  }

  private ScenarioResult runOnce(LoadedScenario loaded, Target target) {
    Scenario scenario = loaded.scenario();
    if (target.server().isPresent()) {
      return runner.run(scenario, target.server().get());
    }
    Optional<Path> portfolio = PortfolioFiles.resolve(loaded.file(), scenario.portfolio());
    if (scenario.portfolio().isPresent() && portfolio.isEmpty()) {
      return ScenarioResult.fail(scenario.name(), "portfolio " + scenario.portfolio().get() + " not found next to "
          + loaded.file() + " nor in a contracts/ folder");
    }
    try (ServerLauncher.Running server = target.launcher().orElseThrow().launch(portfolio)) {
      return runner.run(scenario, new ChrisApiClient(server.baseUrl(), server.adminToken()));
    } catch (Exception e) {
      return ScenarioResult.fail(scenario.name(), "could not run: " + e);
    }
  }

  /** A scenario and the file it came from (its portfolio is resolved relative to that file). */
  public record LoadedScenario(Path file, Scenario scenario) {}

  /** Where scenarios run: one running server, or a fresh server per run from a launcher. */
  public record Target(Optional<ChrisApiClient> server, Optional<ServerLauncher> launcher) {
    public Target {
      if (server.isPresent() == launcher.isPresent()) {
        throw new IllegalArgumentException("give exactly one of a running server or a launcher");
      }
    }

    public static Target running(ChrisApiClient api) {
      return new Target(Optional.of(api), Optional.empty());
    }

    public static Target launching(ServerLauncher launcher) {
      return new Target(Optional.empty(), Optional.of(launcher));
    }
  }
}
