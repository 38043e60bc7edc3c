package app.chris.app.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** What one bench run does: how many concurrent calls, for how long, the fakes' latencies and where results go. */
record BenchSettings(int calls, Duration length, Path json, Optional<Path> markdown, Duration modelFirstToken,
    Duration voiceFirstByte) {
  static final String USAGE = "bench --calls N --seconds S --json PATH [--markdown PATH (default BENCHMARKS.md "
      + "when it exists; none to skip)] [--model-ms 300] [--voice-ms 150]";

  /** Reads the flags; throws {@link IllegalArgumentException} with the usage on anything unknown or missing. */
  static BenchSettings parse(List<String> args) {
    int calls = 0;
    long seconds = 0;
    Path json = null;
    Optional<Path> markdown = Optional.of(Path.of("BENCHMARKS.md")).filter(p -> p.toFile().isFile());
    long modelMs = 300;
    long voiceMs = 150;
    for (int i = 0; i < args.size(); i += 2) {
      String flag = args.get(i);
      if (i + 1 >= args.size()) {
        throw new IllegalArgumentException("missing value for " + flag + "; usage: " + USAGE);
      }
      String value = args.get(i + 1);
      switch (flag) {
        case "--calls" -> calls = Integer.parseInt(value);
        case "--seconds" -> seconds = Long.parseLong(value);
        case "--json" -> json = Path.of(value);
        case "--markdown" -> markdown = value.equals("none") ? Optional.empty() : Optional.of(Path.of(value));
        case "--model-ms" -> modelMs = Long.parseLong(value);
        case "--voice-ms" -> voiceMs = Long.parseLong(value);
        default -> throw new IllegalArgumentException("unknown flag " + flag + "; usage: " + USAGE);
      }
    }
    if (calls < 1 || seconds < 1 || json == null || modelMs < 0 || voiceMs < 0) {
      throw new IllegalArgumentException("usage: " + USAGE);
    }
    return new BenchSettings(calls, Duration.ofSeconds(seconds), json, markdown, Duration.ofMillis(modelMs),
        Duration.ofMillis(voiceMs));
  }

  /** The fakes' own latency in a turn: what Chris cannot be blamed for. */
  Duration vendorLatency() {
    return modelFirstToken.plus(voiceFirstByte);
  }
}
