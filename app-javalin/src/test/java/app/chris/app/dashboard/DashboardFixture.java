package app.chris.app.dashboard;

import app.chris.app.AppContext;
import app.chris.app.DashboardStores;
import app.chris.app.Server;
import app.chris.app.Stores;
import app.chris.app.config.AppConfig;
import app.chris.core.live.LocalLiveFeed;
import app.chris.core.offline.OfflineLanguageModel;
import app.chris.core.port.LanguageModel;
import app.chris.testkit.InMemoryCallLog;
import app.chris.testkit.InMemoryDashboardUsers;
import app.chris.testkit.InMemoryKnowledgeStore;
import app.chris.testkit.InMemoryOutbox;
import app.chris.testkit.InMemoryPortfolio;
import app.chris.testkit.InMemoryServiceDesk;
import app.chris.testkit.MutableClock;
import java.util.HashMap;
import java.util.Map;

/**
 * A real server with the dashboard over in-memory stores and the offline engine; the first admin is
 * {@value #ADMIN} / {@value #PASSWORD} and the API token {@value #TOKEN}.
 */
final class DashboardFixture implements AutoCloseable {
  static final String TOKEN = "dashboard-test-token";
  static final String ADMIN = "pat";
  static final String PASSWORD = "correct horse battery";
  private static final LanguageModel MODEL = new OfflineLanguageModel();

  final MutableClock clock = MutableClock.startingNow();
  final InMemoryOutbox outbox = new InMemoryOutbox(clock);
  final InMemoryKnowledgeStore knowledge = new InMemoryKnowledgeStore(clock);
  final InMemoryCallLog callLog = new InMemoryCallLog(outbox);
  final InMemoryPortfolio portfolio = InMemoryPortfolio.demo();
  final InMemoryDashboardUsers users = new InMemoryDashboardUsers();
  final LocalLiveFeed live = new LocalLiveFeed();
  final Stores stores = new Stores(portfolio, portfolio, knowledge, new InMemoryServiceDesk(clock, outbox), callLog,
      outbox);
  final AppContext context;
  final Server server;

  DashboardFixture() {
    this(Map.of());
  }

  DashboardFixture(Map<String, String> extraEnv) {
    Map<String, String> env = new HashMap<>(Map.of("ADMIN_TOKEN", TOKEN, "DASHBOARD_ADMIN_USER", ADMIN,
        "DASHBOARD_ADMIN_PASSWORD", PASSWORD));
    env.putAll(extraEnv);
    context = AppContext.create(AppConfig.fromEnv(env), stores, MODEL, clock, () -> {},
        new DashboardStores(users, live, portfolio::replace), new app.chris.app.metrics.ChrisMetrics());
    server = Server.start(context, 0);
  }

  String url(String path) {
    return server.baseUrl() + path;
  }

  @Override
  public void close() {
    server.stop();
  }
}
