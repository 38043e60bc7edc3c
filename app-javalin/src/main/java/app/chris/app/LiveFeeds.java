package app.chris.app;

import app.chris.adapters.jdbi.Database;
import app.chris.adapters.jdbi.PostgresLiveFeed;
import app.chris.app.metrics.ChrisMetrics;
import app.chris.core.live.LocalLiveFeed;
import app.chris.core.port.LiveFeed;

/**
 * Chooses the live feed for the database: on PostgreSQL (where several instances may share the data) events cross
 * instances with LISTEN/NOTIFY; on embedded H2 (one instance) they stay in process. Its drop counts go to
 * {@code /metrics}.
 */
public final class LiveFeeds {
  private LiveFeeds() {}

  public static LiveFeed forDatabase(Database database, ChrisMetrics metrics) {
    if (!database.settings().isPostgres()) {
      LocalLiveFeed local = new LocalLiveFeed();
      metrics.watchCount("chris_live_events_dropped_total", "Live events not delivered (backlog full).",
          local::dropped);
      return local;
    }
    PostgresLiveFeed feed = PostgresLiveFeed.open(database);
    metrics.watchCount("chris_live_events_dropped_total",
        "Live events not delivered (backlog full, database unreachable).", () -> feed.stats().dropped());
    metrics.watchCount("chris_live_events_cut_total", "Live events shortened to fit a NOTIFY payload.",
        () -> feed.stats().truncated());
    metrics.watchCount("chris_live_events_too_large_total", "Live events too large to send to other instances.",
        () -> feed.stats().skipped());
    metrics.watchCount("chris_live_feed_reconnects_total", "Times the LISTEN connection was lost and re-opened.",
        () -> feed.stats().reconnects());
    return feed;
  }
}
