package app.chris.app.dashboard;

import app.chris.adapters.jdbi.Database;
import app.chris.adapters.jdbi.DatabaseSettings;
import app.chris.adapters.jdbi.JdbiCallLog;
import app.chris.app.AppContext;
import app.chris.app.Server;
import app.chris.app.Wiring;
import app.chris.app.config.AppConfig;
import app.chris.core.offline.OfflineLanguageModel;
import app.chris.testkit.SyntheticCalls;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Prints how long dashboard pages take over a 100,000-call embedded H2 history (the whole request: session
 * check, queries, rendering). A measurement, not a test: run it by hand with the test classpath.
 */
public final class DashboardScaleMeasure {
  private static final int CALLS = 100_000;
  private static final int RUNS = 20;

  private DashboardScaleMeasure() {}

  public static void main(String[] args) throws Exception {
    Path dir = Files.createTempDirectory("chris-dashboard-measure");
    Instant first = Instant.now().minusSeconds(CALLS / 2 * SyntheticCalls.SPACING_SECONDS);
    try (Database db = Database.open(DatabaseSettings.embedded(dir))) {
      JdbiCallLog log = new JdbiCallLog(db, Clock.systemUTC());
      long start = System.nanoTime();
      for (int i = 0; i < CALLS; i++) {
        log.save(SyntheticCalls.call(i, first), List.of());
      }
      System.out.printf(Locale.ROOT, "saved %,d calls in %.0f s%n", CALLS, (System.nanoTime() - start) / 1e9);
    }
    AppConfig config = AppConfig.fromEnv(Map.of("DATA_DIR", dir.toString(), "ADMIN_TOKEN", "measure-token"));
    AppContext context = Wiring.open(config, new OfflineLanguageModel(), Clock.systemUTC());
    try (Server server = Server.start(context, 0)) {
      WebClient browser = new WebClient(server.baseUrl());
      browser.login("admin", "measure-token");
      String newest = SyntheticCalls.id(CALLS - 1);
      for (String page : List.of("/dashboard/calls", "/dashboard/calls?intent=admin_training",
          "/dashboard/calls?q=(217)%20555-7919", "/dashboard/calls?q=xylophone",
          "/dashboard/calls?after=" + SyntheticCalls.id(CALLS - 1 - 99 * 50), "/dashboard/calls/" + newest,
          "/dashboard/analytics?days=30", "/dashboard/analytics?days=90", "/dashboard/knowledge", "/dashboard",
          "/dashboard/health")) {
        time(page, () -> browser.get(page));
      }
    }
  }

  private static void time(String page, java.util.function.Supplier<HttpResponse<String>> get) {
    double[] ms = new double[RUNS];
    int status = 0;
    for (int i = -3; i < RUNS; i++) {
      long start = System.nanoTime();
      status = get.get().statusCode();
      if (i >= 0) {
        ms[i] = (System.nanoTime() - start) / 1e6;
      }
    }
    Arrays.sort(ms);
    System.out.printf(Locale.ROOT, "%-55s HTTP %d  median %6.1f ms  worst %6.1f ms%n", page, status, ms[RUNS / 2],
        ms[RUNS - 1]);
  }

}
