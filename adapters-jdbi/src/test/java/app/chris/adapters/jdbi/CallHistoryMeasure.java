package app.chris.adapters.jdbi;

import app.chris.core.port.CallHistory;
import app.chris.core.port.CallId;
import app.chris.core.port.CallPage;
import app.chris.core.port.CallQuery;
import app.chris.core.port.Intent;
import app.chris.core.port.Outcome;
import app.chris.testkit.SyntheticCalls;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Prints how fast history is on a 100,000-call embedded H2 file (deleted afterwards), or on the empty PostgreSQL
 * database or schema whose JDBC URL is {@code args[0]}: bulk insert calls per second, then milliseconds per search
 * page and per analytics read (median and worst of 30, after 20 warm-up runs). {@code -Dlight=true} loads calls
 * without transcripts. A measurement, not a test: run it by hand with the adapters-jdbi test classpath.
 */
public final class CallHistoryMeasure {
  static final Instant FIRST = Instant.parse("2025-01-01T00:00:00Z");
  private static final int CALLS = 100_000;
  private static final int RUNS = 30;
  private static final int WARM_UP = 20;

  private CallHistoryMeasure() {}

  public static void main(String[] args) throws Exception {
    Path dir = Files.createTempDirectory("chris-history-measure");
    DatabaseSettings settings = args.length > 0 ? new DatabaseSettings(args[0], "", "")
        : DatabaseSettings.embedded(dir);
    boolean transcripts = !Boolean.getBoolean("light");
    try {
      try (Database db = Database.open(settings)) {
        System.out.printf(Locale.ROOT, "database: %s%n", settings.jdbcUrl().split("[?;]")[0]);
        System.out.printf(Locale.ROOT, "bulk insert: %,d calls (%s) at %,.0f calls/s%n", CALLS,
            transcripts ? "6-line transcripts" : "no transcripts", BulkCalls.load(db, CALLS, FIRST, transcripts));
      }
      // Measured after a restart, as the dashboard meets a history: no writes pending from the load.
      try (Database db = Database.open(settings)) {
        measure(new JdbiCallHistory(db));
      }
    } finally {
      try (Stream<Path> files = Files.walk(dir)) {
        files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
      }
    }
  }

  private static void measure(CallHistory history) {
    Instant newest = SyntheticCalls.startOf(CALLS - 1, FIRST);
    time("first page, 50 calls", () -> history.search(CallQuery.all(50)));
    time("page 100 (cursor from page 99)", () -> history.search(CallQuery.all(50).after(
        new CallId(SyntheticCalls.id(CALLS - 1 - (99 * 50 - 1))))));
    time("intent filter, 2% of calls", () -> history.search(filter(Optional.of(Intent.EMERGENCY), Optional.empty(),
        Optional.empty(), Optional.empty())));
    time("intent filter, 0.1% of calls", () -> history.search(filter(Optional.of(Intent.ADMIN_TRAINING),
        Optional.empty(), Optional.empty(), Optional.empty())));
    time("outcome filter (lead, 7%)", () -> history.search(filter(Optional.empty(), Optional.of(Outcome.LEAD),
        Optional.empty(), Optional.empty())));
    time("last 7 days", () -> history.search(filter(Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.of(newest.minusSeconds(7 * 86_400)))));
    time("text: a caller's number (about 10 calls)", () -> history.search(filter(Optional.empty(),
        Optional.empty(), Optional.of("(217) 555-7919"), Optional.empty())));
    time("text: a word in many summaries", () -> history.search(filter(Optional.empty(), Optional.empty(),
        Optional.of("maple"), Optional.empty())));
    time("text: a word in no summary (reads every call)", () -> history.search(filter(Optional.empty(),
        Optional.empty(), Optional.of("xylophone"), Optional.empty())));
    time("analytics, last 30 days (~7,500 calls)", () -> history.analytics(newest.minusSeconds(30 * 86_400),
        newest.plusSeconds(1), ZoneId.of("America/Chicago")));
    time("analytics, all 100,000 calls", () -> history.analytics(FIRST, newest.plusSeconds(1),
        ZoneId.of("America/Chicago")));
  }

  private static CallQuery filter(Optional<Intent> intent, Optional<Outcome> outcome, Optional<String> text,
      Optional<Instant> from) {
    return new CallQuery(from, Optional.empty(), text, intent, outcome, Optional.empty(), 50);
  }

  private static void time(String what, Supplier<?> run) {
    double[] ms = new double[RUNS];
    Object last = null;
    for (int i = -WARM_UP; i < RUNS; i++) {
      long start = System.nanoTime();
      last = run.get();
      if (i >= 0) {
        ms[i] = (System.nanoTime() - start) / 1e6;
      }
    }
    Arrays.sort(ms);
    String rows = last instanceof CallPage p ? p.calls().size() + " rows" : "";
    System.out.printf(Locale.ROOT, "%-48s median %7.2f ms  max %7.2f ms  %s%n", what, ms[RUNS / 2], ms[RUNS - 1],
        rows);
  }
}
