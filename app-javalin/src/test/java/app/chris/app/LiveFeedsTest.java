package app.chris.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import app.chris.adapters.jdbi.Database;
import app.chris.adapters.jdbi.DatabaseSettings;
import app.chris.adapters.jdbi.PostgresLiveFeed;
import app.chris.app.metrics.ChrisMetrics;
import app.chris.core.live.LocalLiveFeed;
import app.chris.core.port.LiveEvent;
import app.chris.core.port.LiveFeed;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The live feed follows the database: in process on embedded H2, across instances on PostgreSQL. */
class LiveFeedsTest {
  @TempDir
  Path dataDir;

  @Test
  void givenEmbeddedH2_theFeedStaysInProcess_andReportsDrops() {
    ChrisMetrics metrics = new ChrisMetrics();
    try (Database db = Database.open(DatabaseSettings.embedded(dataDir));
        LiveFeed feed = LiveFeeds.forDatabase(db, metrics)) {
      assertThat(feed).isInstanceOf(LocalLiveFeed.class);
      assertThat(metrics.scrape()).contains("chris_live_events_dropped_total 0\n");
    }
  }

  @Test
  void givenPostgres_anEventPublishedOnOneInstanceReachesTheOther() throws Exception {
    String url = System.getenv(TwoInstancesTest.POSTGRES_ENV);
    assumeTrue(url != null && !url.isBlank(), TwoInstancesTest.POSTGRES_ENV + " is not set: PostgreSQL part skipped");
    String schema = "chris_feeds_" + UUID.randomUUID().toString().replace("-", "");
    execute(url, "CREATE SCHEMA " + schema);
    String scoped = url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    DatabaseSettings settings = new DatabaseSettings(scoped, "", "");
    ChrisMetrics metricsB = new ChrisMetrics();
    List<LiveEvent> seenOnB = new CopyOnWriteArrayList<>();
    try (Database dbA = Database.open(settings); Database dbB = Database.open(settings);
        LiveFeed a = LiveFeeds.forDatabase(dbA, new ChrisMetrics());
        LiveFeed b = LiveFeeds.forDatabase(dbB, metricsB)) {
      b.subscribe(seenOnB::add);
      assertThat(TwoInstancesTest.await(() -> ((PostgresLiveFeed) a).stats().listening()
          && ((PostgresLiveFeed) b).stats().listening())).isTrue();
      LiveEvent event = new LiveEvent("chris-a", "c_CA1", Instant.now(), LiveEvent.Kind.CALL_STARTED, Map.of());

      a.publish(event);

      assertThat(TwoInstancesTest.await(() -> seenOnB.contains(event))).isTrue();
      assertThat(metricsB.scrape()).contains("chris_live_feed_reconnects_total 0\n");
    } finally {
      execute(url, "DROP SCHEMA " + schema + " CASCADE");
    }
  }

  private static void execute(String url, String sql) throws Exception {
    try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }
}
