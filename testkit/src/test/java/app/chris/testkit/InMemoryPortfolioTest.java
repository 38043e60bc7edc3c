package app.chris.testkit;

import app.chris.core.port.Portfolio;
import app.chris.core.port.PropertyDirectory;
import app.chris.core.port.TenantLedger;

class InMemoryPortfolioTest extends PortfolioStoreContract {
  private InMemoryPortfolio store;

  @Override
  protected void newStore(Portfolio initial) {
    store = new InMemoryPortfolio(initial);
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
    store.replace(next);
  }
}
