package app.chris.testkit.scenario;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Finds a scenario's portfolio: next to the scenario, then in {@code contracts/} beside it, then {@code ../contracts/}. */
final class PortfolioFiles {
  private PortfolioFiles() {}

  static Optional<Path> resolve(Path scenarioFile, Optional<String> portfolio) {
    if (portfolio.isEmpty()) {
      return Optional.empty();
    }
    Path dir = scenarioFile.toAbsolutePath().getParent();
    String name = portfolio.get();
    return List.of(dir.resolve(name), dir.resolve("contracts").resolve(name),
            dir.resolveSibling("contracts").resolve(name)).stream()
        .filter(Files::isRegularFile).findFirst();
  }
}
