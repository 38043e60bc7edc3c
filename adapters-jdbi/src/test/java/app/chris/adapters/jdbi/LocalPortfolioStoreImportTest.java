package app.chris.adapters.jdbi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.chris.core.port.CompanyProfile;
import app.chris.core.port.Portfolio;
import app.chris.testkit.DemoPortfolio;
import app.chris.testkit.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What the local store adds to the contract: emptiness, persistence, per-company replacement, refresh. */
class LocalPortfolioStoreImportTest {
  private final MutableClock clock = MutableClock.startingNow();
  private final TestDb db = TestDb.h2();

  @AfterEach
  void closeDb() {
    db.close();
  }

  private LocalPortfolioStore newInstance() {
    return new LocalPortfolioStore(db.database(), clock);
  }

  @Test
  void givenNothingImported_store_isEmptyAndRefusesToInventACompany() {
    LocalPortfolioStore store = newInstance();
    assertThat(store.isEmpty()).isTrue();
    assertThat(store.tenants()).isEmpty();
    assertThat(store.balance("T1001")).isEmpty();
    assertThatThrownBy(store::company).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void givenImport_aRestartedStore_servesTheSameContentAndVersion() {
    LocalPortfolioStore first = newInstance();
    Portfolio demo = DemoPortfolio.build();
    first.importPortfolio(demo);
    LocalPortfolioStore restarted = newInstance();
    assertThat(restarted.isEmpty()).isFalse();
    assertThat(restarted.version()).isEqualTo(first.version());
    assertThat(restarted.admins()).isEqualTo(demo.admins());
    assertThat(restarted.properties()).isEqualTo(demo.properties());
    assertThat(restarted.tenants()).isEqualTo(demo.tenants());
  }

  @Test
  void givenSameCompanyImportedTwice_store_keepsOneSnapshotForIt() {
    LocalPortfolioStore store = newInstance();
    store.importPortfolio(DemoPortfolio.build());
    store.importPortfolio(DemoPortfolio.build());
    int rows = db.database().jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM portfolio_snapshots")
        .mapTo(Integer.class).one());
    assertThat(rows).isEqualTo(1);
  }

  @Test
  void givenImportByAnotherInstance_refresh_picksUpTheNewCompany() {
    LocalPortfolioStore mine = newInstance();
    mine.importPortfolio(DemoPortfolio.build());
    Portfolio demo = DemoPortfolio.build();
    CompanyProfile c = demo.company();
    CompanyProfile renamed = new CompanyProfile("Hilltop Homes", "Sam", c.officePhone(), c.timeZone(),
        c.officeHours(), c.emergencyContacts(), c.notificationEmails(), c.facts());
    newInstance().importPortfolio(new Portfolio(renamed, demo.admins(), demo.properties(), demo.tenants(),
        demo.balances()));
    assertThat(mine.company().name()).isEqualTo("Lakeside Property Management");
    assertThat(mine.refresh()).isTrue();
    assertThat(mine.company().name()).isEqualTo("Hilltop Homes");
    assertThat(mine.refresh()).isFalse();
  }
}
