package app.chris.app;

import app.chris.app.config.AppConfig;
import app.chris.app.phone.DemoCall;
import app.chris.app.config.ConfigException;
import app.chris.core.port.PortException;
import app.chris.testkit.scenario.ScenarioCommand;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.LoggerFactory;

/** The one entry point of {@code chris.jar}: reads the environment once and runs a subcommand. */
public final class Main {
  private Main() {}

  public static void main(String[] args) throws Exception {
    String command = args.length == 0 ? "serve" : args[0];
    List<String> rest = args.length == 0 ? List.of() : Arrays.asList(args).subList(1, args.length);
    Map<String, String> env = System.getenv();
    switch (command) {
      case "serve" -> serve(env);
      case "scenarios" -> {
        quietServerLogs();
        System.exit(new ScenarioCommand(new AppServerLauncher(env, Models.sharedOffline()), System.out,
            System.err).run(rest, Optional.ofNullable(env.get("ADMIN_TOKEN")).filter(t -> !t.isBlank())));
      }
      case "demo-call" -> {
        quietServerLogs();
        System.exit(new DemoCall(System.out, Models.offline()).run());
      }
      case "bench" -> {
        quietServerLogs();
        System.exit(new app.chris.app.bench.BenchCommand(System.out).run(rest));
      }
      case "--help", "-h", "help" -> System.out.println(usage());
      default -> {
        System.err.println("unknown command: " + command + System.lineSeparator() + usage());
        System.exit(2);
      }
    }
  }

  private static void serve(Map<String, String> env) throws InterruptedException {
    Server server;
    try {
      AppConfig config = AppConfig.fromEnv(env);
      AppContext context = Wiring.open(config, Models.offline(), Clock.systemUTC());
      server = Server.start(context, config.port());
      System.out.println("Chris is listening on http://localhost:" + server.port() + " (public URL "
          + config.publicBaseUrl() + ")");
      System.out.println(context.adminTokenGenerated()
          ? "Admin token (generated for this run, shown once): " + context.adminToken()
          : "Admin token: the one in ADMIN_TOKEN");
    } catch (ConfigException | StartupException | PortException e) {
      LoggerFactory.getLogger(Main.class).error("Chris cannot start: {}", e.getMessage());
      System.exit(1);
      return;
    }
    Server running = server;
    Runtime.getRuntime().addShutdownHook(new Thread(running::shutdownGracefully, "chris-shutdown"));
    running.awaitShutdown();
  }

  /** The per-scenario servers would drown the PASS/FAIL lines in start-up logs; keep warnings and errors. */
  private static void quietServerLogs() {
    if (System.getProperty("org.slf4j.simpleLogger.defaultLogLevel") == null) {
      System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
    }
  }

  static String usage() {
    return String.join(System.lineSeparator(),
        "usage: java -jar chris.jar [command]",
        "  serve        run Chris (default): API, test calls and records on $PORT",
        "  scenarios PATH... [--base-url URL --token TOKEN] [--repeat K]",
        "               run chris-scenario/1 files (or directories of them); without --base-url each scenario",
        "               gets its own fresh server with its portfolio; exit code 1 when any run fails",
        "  demo-call    a simulated phone call against local fake Twilio, OpenAI Realtime and ElevenLabs servers:",
        "               prints the transcript with per-turn latency; exit code 1 when the call did not complete",
        "  bench --calls N --seconds S --json PATH [--markdown PATH|none] [--model-ms 300] [--voice-ms 150]",
        "               load benchmark of the voice path against local fakes: N simulated callers talk, barge in",
        "               and hang up; writes latency percentiles, heap and GC figures as JSON (and BENCHMARKS.md)",
        "  --help       this list");
  }
}
