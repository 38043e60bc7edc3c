package app.chris.testkit.scenario;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The {@code scenarios PATH... [--base-url URL --token T] [--repeat k]} command line: against a running server
 * when a base URL is given, else against a fresh server per scenario run from the host's launcher. Exit code 0
 * when every run passed, 1 when one failed, 2 for bad arguments or a malformed scenario file.
 */
public final class ScenarioCommand {
  public static final String USAGE =
      "usage: scenarios PATH... [--base-url URL --token TOKEN] [--repeat K]";

  private final ServerLauncher launcher;
  private final PrintStream out;
  private final PrintStream err;

  public ScenarioCommand(ServerLauncher launcher, PrintStream out, PrintStream err) {
    this.launcher = launcher;
    this.out = out;
    this.err = err;
  }

  /** {@code defaultToken}: the token to use with {@code --base-url} when {@code --token} is absent. */
  public int run(List<String> args, Optional<String> defaultToken) {
    List<Path> paths = new ArrayList<>();
    Optional<String> baseUrl = Optional.empty();
    Optional<String> token = defaultToken;
    int repeat = 1;
    try {
      for (int i = 0; i < args.size(); i++) {
        String arg = args.get(i);
        if (arg.equals("--base-url")) {
          baseUrl = Optional.of(value(args, ++i, arg));
        } else if (arg.equals("--token")) {
          token = Optional.of(value(args, ++i, arg));
        } else if (arg.equals("--repeat")) {
          repeat = repeat(value(args, ++i, arg));
        } else if (arg.startsWith("--")) {
          throw new IllegalArgumentException("unknown option " + arg);
        } else {
          paths.add(Path.of(arg));
        }
      }
      if (paths.isEmpty()) {
        throw new IllegalArgumentException("give at least one scenario file or directory");
      }
      if (baseUrl.isPresent() && token.isEmpty()) {
        throw new IllegalArgumentException("--base-url needs --token (or ADMIN_TOKEN)");
      }
      ScenarioSuite.Target target = baseUrl.isPresent()
          ? ScenarioSuite.Target.running(new ChrisApiClient(URI.create(baseUrl.get()), token.orElseThrow()))
          : ScenarioSuite.Target.launching(launcher);
      return new ScenarioSuite(out).run(ScenarioSuite.load(paths), repeat, target);
    } catch (IllegalArgumentException | ScenarioFormatException e) {
      err.println(e.getMessage());
      err.println(USAGE);
      return 2;
    } catch (IOException e) {
      err.println("cannot read scenarios: " + e);
      return 2;
    }
  }

  private static String value(List<String> args, int index, String option) {
    if (index >= args.size()) {
      throw new IllegalArgumentException(option + " needs a value");
    }
    return args.get(index);
  }

  private static int repeat(String raw) {
    try {
      int k = Integer.parseInt(raw);
      if (k >= 1) {
        return k;
      }
    } catch (NumberFormatException e) {
      // same message as a number below 1
    }
    throw new IllegalArgumentException("--repeat needs a whole number of at least 1, got " + raw);
  }
}
