package app.chris.adapters.rentmanager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.chris.core.port.PhoneNumber;
import app.chris.core.port.PortException;
import app.chris.core.port.Property;
import app.chris.core.port.Tenant;
import app.chris.core.port.TenantStatus;
import app.chris.core.port.Unit;
import app.chris.testkit.rentmanager.FakeRentManagerServer;
import app.chris.testkit.rentmanager.RentManagerFault;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RentManagerPortfolioTest {
  private final FakeRentManagerServer fake = FakeRentManagerServer.start();
  private final RentManagerPortfolio portfolio = Fixtures.portfolio(Fixtures.client(fake));

  @AfterEach
  void stop() {
    fake.close();
  }

  @Test
  void givenSampleDatabase_refresh_servesActivePropertiesWithUnitsAndAddresses() {
    portfolio.refresh();

    assertThat(portfolio.properties()).extracting(Property::id).containsExactly("P11", "P12", "P13", "P14");
    Property oak = portfolio.property("P11").orElseThrow();
    assertThat(oak.name()).isEqualTo("Oak Street Apartments");
    assertThat(oak.address().street()).isEqualTo("120 Oak St");
    assertThat(oak.units()).extracting(Unit::name).containsExactly("101", "102", "2B", "#3");
    assertThat(portfolio.unit("U2012").orElseThrow().street()).isEmpty();
    assertThat(portfolio.unit("U2043").orElseThrow().street()).contains("112 Maple Ct");
    assertThat(portfolio.unit("U2043").orElseThrow().vacant()).isTrue();
  }

  @Test
  void givenSampleDatabase_refresh_placesTenantsInTheirLeasedUnitsWithE164Phones() {
    portfolio.refresh();

    Tenant ana = portfolio.tenant("T1001").orElseThrow();
    assertThat(ana.unitId()).isEqualTo("U2012");
    assertThat(ana.phones()).containsExactly(new PhoneNumber("+12175550101"));
    assertThat(ana.email()).contains("ana@example.com");
    assertThat(portfolio.tenant("T1003").orElseThrow().status()).isEqualTo(TenantStatus.NOTICE);
    assertThat(portfolio.tenant("T1004").orElseThrow().status()).isEqualTo(TenantStatus.PAST);
    assertThat(portfolio.tenant("T1004").orElseThrow().unitId()).isEqualTo("U2011");
  }

  @Test
  void givenMarketRentAsAListAndOneUnreadableUnit_refresh_readsTheRentAndSkipsOnlyThatUnit() {
    ObjectNode unit = fake.data().find("Units", 2011).orElseThrow();
    unit.putArray("MarketRent").addObject().put("Amount", new BigDecimal("1234.5"));
    fake.data().save("Units", unit);
    fake.data().save("Units", fake.data().find("Units", 2012).orElseThrow().put("Bedrooms", "lots"));

    portfolio.refresh();

    assertThat(portfolio.unit("U2011").orElseThrow().marketRent()).isEqualTo(new BigDecimal("1234.50"));
    assertThat(portfolio.unit("U2012")).isEmpty();
    assertThat(portfolio.unit("U2013")).isPresent();
  }

  @Test
  void givenCallerNumbers_byPhone_matchesCoTenantsSecondPhonesAndSharedNumbers() {
    portfolio.refresh();

    assertThat(portfolio.byPhone(new PhoneNumber("+12175550113"))).extracting(Tenant::id).containsExactly("T1003");
    assertThat(portfolio.byPhone(new PhoneNumber("+12175550205"))).extracting(Tenant::id).containsExactly("T1005");
    assertThat(portfolio.byPhone(new PhoneNumber("+12175550101"))).extracting(Tenant::id)
        .containsExactlyInAnyOrder("T1001", "T1006");
    assertThat(portfolio.byPhone(new PhoneNumber("+12175559999"))).isEmpty();
  }

  @Test
  void givenSyncedSnapshot_reads_doNotNeedRentManager() {
    portfolio.refresh();
    int before = fake.requests().size();

    assertThat(portfolio.properties()).hasSize(4);
    assertThat(portfolio.byPhone(new PhoneNumber("+12175550102"))).extracting(Tenant::id).containsExactly("T1002");
    assertThat(portfolio.tenants()).hasSize(6);
    assertThat(fake.requests()).hasSize(before);
  }

  @Test
  void givenUnchangedThenChangedData_refresh_bumpsTheVersionOnlyOnChange() {
    portfolio.refresh();
    long first = portfolio.version();
    portfolio.refresh();
    assertThat(portfolio.version()).isEqualTo(first);

    ObjectNode ben = fake.data().find("Tenants", 1002).orElseThrow();
    fake.data().save("Tenants", ben.put("LastName", "Cho-Park"));
    portfolio.refresh();

    assertThat(portfolio.version()).isGreaterThan(first);
    assertThat(portfolio.tenant("T1002").orElseThrow().lastName()).isEqualTo("Cho-Park");
  }

  @Test
  void givenRentManagerFailsDuringSync_refresh_throwsAndKeepsTheOldSnapshot() {
    portfolio.refresh();
    long version = portfolio.version();
    fake.faults().inject(5, "GET", "/Units", new RentManagerFault.Status(503));

    assertThatThrownBy(portfolio::refresh).isInstanceOf(PortException.class);
    assertThat(portfolio.properties()).hasSize(4);
    assertThat(portfolio.version()).isEqualTo(version);
  }

  @Test
  void givenBackgroundSync_changeInRentManager_reachesTheSnapshotWithoutACall() throws Exception {
    RentManagerPortfolio synced = Fixtures.portfolio(Fixtures.client(
        Fixtures.settings(fake).withSyncInterval(Duration.ofMillis(20)), 1000));
    java.util.concurrent.ScheduledExecutorService scheduler =
        java.util.concurrent.Executors.newSingleThreadScheduledExecutor();
    try {
      synced.startSync(scheduler);
      ObjectNode ben = fake.data().find("Tenants", 1002).orElseThrow();
      fake.data().save("Tenants", ben.put("FirstName", "Benjamin"));

      long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
      while (!synced.tenant("T1002").map(t -> t.firstName().equals("Benjamin")).orElse(false)
          && System.nanoTime() < deadline) {
        Thread.sleep(10);
      }
      assertThat(synced.tenant("T1002").orElseThrow().firstName()).isEqualTo("Benjamin");
    } finally {
      scheduler.shutdownNow();
    }
  }

  @Test
  void givenPaymentSinceTheSync_balance_isReadLive() {
    portfolio.refresh();
    ObjectNode ben = fake.data().find("Tenants", 1002).orElseThrow();
    fake.data().save("Tenants", ben.put("Balance", new BigDecimal("25.50")));

    assertThat(portfolio.balance("T1002")).hasValueSatisfying(b -> assertThat(b).isEqualByComparingTo("25.50"));
  }

  @Test
  void givenSlowRentManager_balance_fallsBackToTheSnapshot() {
    portfolio.refresh();
    ObjectNode ben = fake.data().find("Tenants", 1002).orElseThrow();
    fake.data().save("Tenants", ben.put("Balance", new BigDecimal("25.50")));
    fake.faults().slow("/Tenants/1002", Duration.ofSeconds(2));

    assertThat(portfolio.balance("T1002")).hasValueSatisfying(b -> assertThat(b).isEqualByComparingTo("125.50"));
  }

  @Test
  void givenRentManagerDown_balance_fallsBackToTheSnapshot() {
    portfolio.refresh();
    fake.faults().inject("GET", "/Tenants/1005", new RentManagerFault.Status(503));

    assertThat(portfolio.balance("T1005")).hasValueSatisfying(b -> assertThat(b).isEqualByComparingTo("310.75"));
  }

  @Test
  void givenUnknownTenant_balance_isEmptyWithoutAskingRentManager() {
    portfolio.refresh();
    int before = fake.requests().size();

    assertThat(portfolio.balance("T4242")).isEmpty();
    assertThat(fake.requests()).hasSize(before);
  }
}
