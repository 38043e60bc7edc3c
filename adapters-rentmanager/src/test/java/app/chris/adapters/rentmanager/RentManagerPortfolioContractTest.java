package app.chris.adapters.rentmanager;

import app.chris.core.port.Portfolio;
import app.chris.core.port.PropertyDirectory;
import app.chris.core.port.TenantLedger;
import app.chris.testkit.PortfolioStoreContract;
import app.chris.testkit.rentmanager.FakeRentManagerServer;
import java.time.Clock;
import org.junit.jupiter.api.AfterEach;

/** The local store's contract, served by Rent Manager: the fake holds the portfolio, the adapter syncs it. */
class RentManagerPortfolioContractTest extends PortfolioStoreContract {
  private final FakeRentManagerServer fake = FakeRentManagerServer.start();
  private RentManagerPortfolio portfolio;

  @AfterEach
  void stop() {
    fake.close();
  }

  @Override
  protected void newStore(Portfolio initial) {
    fake.load(initial);
    portfolio = new RentManagerPortfolio(Fixtures.client(fake), initial.company(), initial.admins(),
        Clock.systemUTC());
    portfolio.refresh();
  }

  @Override
  protected PropertyDirectory directory() {
    return portfolio;
  }

  @Override
  protected TenantLedger ledger() {
    return portfolio;
  }

  @Override
  protected void replace(Portfolio next) {
    fake.load(next);
    portfolio.refresh();
  }
}
