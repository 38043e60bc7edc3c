package app.chris.adapters.jdbi;

import app.chris.core.port.Portfolio;
import app.chris.core.port.PropertyDirectory;
import app.chris.core.port.TenantLedger;
import app.chris.testkit.MutableClock;
import app.chris.testkit.PortfolioStoreContract;
import org.junit.jupiter.api.AfterEach;

class LocalPortfolioStoreTest extends PortfolioStoreContract {
  private TestDb db;
  private LocalPortfolioStore store;

  protected TestDb openDb() {
    return TestDb.h2();
  }

  @Override
  protected void newStore(Portfolio initial) {
    db = openDb();
    store = new LocalPortfolioStore(db.database(), MutableClock.startingNow());
    store.importPortfolio(initial);
  }

  @Override
  protected PropertyDirectory directory() {
    return store;
  }

  @Override
  protected TenantLedger ledger() {
    return store;
  }

  @Override
  protected void replace(Portfolio next) {
    store.importPortfolio(next);
  }

  @AfterEach
  void closeDb() {
    if (db != null) {
      db.close();
    }
  }
}
