package app.chris.app;

import java.util.Arrays;
import java.util.Map;

/** The one entry point of {@code chris.jar}: reads the environment once and runs a subcommand. */
public final class Main {
  private Main() {}

  public static void main(String[] args) throws Exception {
    String command = args.length == 0 ? "serve" : args[0];
    String[] rest = args.length == 0 ? args : Arrays.copyOfRange(args, 1, args.length);
    Map<String, String> env = System.getenv();
    switch (command) {
      case "serve" -> Server.start(AppConfig.fromEnv(env)).awaitShutdown();
      case "--help", "-h", "help" -> System.out.println(usage());
      default -> {
        System.err.println("unknown command: " + command + System.lineSeparator() + usage());
        System.exit(2);
      }
    }
  }

  static String usage() {
    return String.join(System.lineSeparator(),
        "usage: java -jar chris.jar [command]",
        "  serve       run Chris (default): phone webhooks, API and dashboard on $PORT",
        "  --help      this list");
  }
}
