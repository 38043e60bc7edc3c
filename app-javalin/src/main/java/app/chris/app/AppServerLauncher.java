package app.chris.app;

import app.chris.app.config.AppConfig;
import app.chris.core.port.LanguageModel;
import app.chris.testkit.scenario.ServerLauncher;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Starts a real Chris in-process for one scenario run: a fresh temporary {@code DATA_DIR}, its own in-memory H2
 * database (the same schema and stores as the embedded file; scenario data need not survive and disk syncs
 * would dominate the run time), the scenario's portfolio, a free port and a one-off admin token. Closing it
 * stops the server and discards the data.
 */
public final class AppServerLauncher implements ServerLauncher {
  private final Map<String, String> baseEnv;
  private final Supplier<LanguageModel> model;

  /** {@code baseEnv}: vendor settings to keep; storage, port, token and portfolio are always replaced. */
  public AppServerLauncher(Map<String, String> baseEnv, Supplier<LanguageModel> model) {
    this.baseEnv = Map.copyOf(baseEnv);
    this.model = model;
  }

  @Override
  public Running launch(Optional<Path> portfolioFile) throws IOException {
    Path dataDir = Files.createTempDirectory("chris-scenario-");
    Map<String, String> env = new HashMap<>(baseEnv);
    Stream.of("DATABASE_USER", "DATABASE_PASSWORD", "PORTFOLIO_FILE").forEach(env::remove);
    env.put("DATA_DIR", dataDir.toString());
    env.put("DATABASE_URL", "jdbc:h2:mem:scenario-" + dataDir.getFileName() + ";DB_CLOSE_DELAY=-1");
    env.put("PORT", "0");
    env.put("ADMIN_TOKEN", AdminTokens.generate());
    portfolioFile.ifPresent(p -> env.put("PORTFOLIO_FILE", p.toString()));
    AppConfig config = AppConfig.fromEnv(env);
    try {
      AppContext context = Wiring.open(config, model.get(), Clock.systemUTC());
      Server server = Server.start(context, 0);
      return ServerLauncher.running(URI.create("http://127.0.0.1:" + server.port()), context.adminToken(), () -> {
        server.stop();
        deleteTree(dataDir);
      });
    } catch (RuntimeException e) {
      deleteTree(dataDir);
      throw e;
    }
  }

  private static void deleteTree(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
