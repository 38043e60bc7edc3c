package app.chris.app;

import app.chris.adapters.jdbi.Database;
import app.chris.adapters.jdbi.DatabaseSettings;
import app.chris.adapters.jdbi.JdbiCallHistory;
import app.chris.adapters.jdbi.JdbiCallLog;
import app.chris.adapters.jdbi.JdbiDashboardUsers;
import app.chris.adapters.jdbi.JdbiKnowledgeStore;
import app.chris.adapters.jdbi.JdbiOutbox;
import app.chris.adapters.jdbi.JdbiServiceDesk;
import app.chris.adapters.jdbi.JdbiStreamTokens;
import app.chris.adapters.jdbi.LocalPortfolioStore;
import app.chris.adapters.jdbi.PortfolioFormatException;
import app.chris.adapters.jdbi.PortfolioJson;
import app.chris.app.config.AppConfig;
import app.chris.app.config.DatabaseConfig;
import app.chris.app.metrics.ChrisMetrics;
import app.chris.core.outbox.OutboxWorker;
import app.chris.core.port.LanguageModel;
import app.chris.core.port.PropertyDirectory;
import app.chris.core.port.PropertySystem;
import app.chris.core.port.TenantLedger;
import app.chris.core.port.Portfolio;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds Chris from configuration: the database, the local portfolio store (importing {@code PORTFOLIO_FILE}, or
 * the demo when the store is empty), the Jdbi stores, the outbox worker (SendGrid email when configured) and the
 * assistant with its model lineup (OpenAI/xAI when configured, the offline engine last). A portfolio
 * file that breaks the format is refused before the database is touched, so nothing changes.
 */
public final class Wiring {
  private static final Logger LOG = LoggerFactory.getLogger(Wiring.class);

  private Wiring() {}

  public static AppContext open(AppConfig config, LanguageModel model, Clock clock) {
    Optional<Portfolio> imported = config.portfolioFile().map(Wiring::readPortfolio);
    Database database = Database.open(settings(config.database()));
    try {
      LocalPortfolioStore portfolio = new LocalPortfolioStore(database, clock);
      if (imported.isPresent()) {
        portfolio.importPortfolio(imported.get());
        LOG.info("Imported portfolio {} ({})", config.portfolioFile().orElseThrow(), imported.get().company().name());
      } else if (portfolio.isEmpty()) {
        portfolio.importPortfolio(PortfolioJson.demo());
        LOG.info("Store was empty: loaded the built-in demo portfolio");
      }
      ScheduledExecutorService background = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "chris-background");
        t.setDaemon(true);
        return t;
      });
      Optional<RentManagerWiring.Parts> rentManager =
          RentManagerWiring.open(config.vendors(), portfolio, clock, background);
      PropertyDirectory directory = rentManager.<PropertyDirectory>map(RentManagerWiring.Parts::portfolio)
          .orElse(portfolio);
      TenantLedger ledger = rentManager.<TenantLedger>map(RentManagerWiring.Parts::portfolio).orElse(portfolio);
      ChrisMetrics metrics = new ChrisMetrics();
      PropertySystem propertySystem = rentManager
          .<PropertySystem>map(parts -> metrics.meter("rentmanager", parts.propertySystem()))
          .orElseGet(LocalPropertySystem::new);
      JdbiOutbox outbox = new JdbiOutbox(database, clock);
      Stores stores = new Stores(directory, ledger, new JdbiKnowledgeStore(database, clock),
          new JdbiServiceDesk(database, clock), new JdbiCallLog(database, clock), outbox,
          new JdbiCallHistory(database), new JdbiStreamTokens(database, clock));
      StartupRecovery.run(config.database() instanceof DatabaseConfig.Embedded, stores, outbox, clock);
      OutboxWorker worker = OutboxWiring.worker(config.vendors(), stores.outbox(), propertySystem, clock, metrics);
      worker.start(background);
      BackupWiring.schedule(config.database(), database, clock, background);
      metrics.watchCount("chris_outbox_delivered_total", "Outbox rows this instance delivered.",
          () -> worker.stats().delivered());
      // Stop delivering before the database closes, so no delivery is cut off half-recorded.
      AutoCloseable resources = () -> {
        worker.stop();
        background.shutdown();
        background.awaitTermination(5, TimeUnit.SECONDS);
        database.close();
      };
      // The one place the live feed is chosen: in-process on H2, LISTEN/NOTIFY across instances on PostgreSQL.
      DashboardStores dashboard = new DashboardStores(new JdbiDashboardUsers(database),
          LiveFeeds.forDatabase(database, metrics),
          portfolio::importPortfolio);
      return AppContext.create(config, stores, model, clock, resources, dashboard, metrics);
    } catch (RuntimeException e) {
      database.close();
      throw e;
    }
  }

  static Portfolio readPortfolio(Path file) {
    String json;
    try {
      json = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new StartupException("PORTFOLIO_FILE " + file + " cannot be read: " + e.getMessage(), e);
    }
    try {
      return PortfolioJson.read(json);
    } catch (PortfolioFormatException e) {
      String at = e.pointer().isEmpty() ? "/" : e.pointer();
      throw new StartupException("PORTFOLIO_FILE " + file + " refused, nothing imported: at " + at + ": "
          + e.getMessage(), e);
    }
  }

  static DatabaseSettings settings(DatabaseConfig config) {
    if (config instanceof DatabaseConfig.Embedded embedded) {
      return DatabaseSettings.embedded(embedded.dataDir());
    } else if (config instanceof DatabaseConfig.External external) {
      return new DatabaseSettings(external.jdbcUrl(), external.user().orElse(""), external.password().orElse(""));
    }
    throw new IllegalStateException("unhandled database config " + config);
  }
}
