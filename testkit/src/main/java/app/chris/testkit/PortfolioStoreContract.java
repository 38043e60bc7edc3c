package app.chris.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import app.chris.core.port.Admin;
import app.chris.core.port.PhoneNumber;
import app.chris.core.port.Portfolio;
import app.chris.core.port.PropertyDirectory;
import app.chris.core.port.Tenant;
import app.chris.core.port.TenantLedger;
import app.chris.core.port.TenantStatus;
import app.chris.core.security.Pins;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Behaviour every local portfolio store (directory + ledger over one imported {@link Portfolio}) must show.
 * Subclasses create a store holding {@code initial}, expose it as both ports, and can replace its content.
 */
public abstract class PortfolioStoreContract {
  protected abstract void newStore(Portfolio initial);

  protected abstract PropertyDirectory directory();

  protected abstract TenantLedger ledger();

  /** Replaces the whole portfolio, as an import does. */
  protected abstract void replace(Portfolio next);

  @Test
  void givenDemoPortfolio_directory_servesCompanyPropertiesAndUnits() {
    Portfolio demo = DemoPortfolio.build();
    newStore(demo);
    assertThat(directory().company()).isEqualTo(demo.company());
    assertThat(directory().properties()).isEqualTo(demo.properties());
    assertThat(directory().property("P300").orElseThrow().name()).isEqualTo("Oak Street Homes");
    assertThat(directory().unit("U303").orElseThrow().street()).contains("112 Oak St");
    assertThat(directory().unit("U999")).isEmpty();
  }

  @Test
  void givenDemoPortfolio_admins_keepOnlyTheHashOfThePin() {
    newStore(DemoPortfolio.build());
    Admin pat = directory().admins().get(0);
    assertThat(pat.name()).isEqualTo("Pat Morgan");
    assertThat(pat.pinHash()).doesNotContain(DemoPortfolio.ADMIN_PIN);
    assertThat(Pins.matches(DemoPortfolio.ADMIN_PIN, pat.pinHash())).isTrue();
  }

  @Test
  void givenTenantWithTwoPhones_byPhone_matchesEitherNumber() {
    newStore(DemoPortfolio.build());
    assertThat(ledger().byPhone(new PhoneNumber("+12175550203"))).extracting(Tenant::id).containsExactly("T1003");
    assertThat(ledger().byPhone(new PhoneNumber("+12175550103"))).extracting(Tenant::id).containsExactly("T1003");
    assertThat(ledger().byPhone(new PhoneNumber("+12175559999"))).isEmpty();
    assertThat(ledger().tenant("T1008").orElseThrow().status()).isEqualTo(TenantStatus.PAST);
  }

  @Test
  void givenSharedNumber_byPhone_returnsEveryTenantOnIt() {
    Portfolio demo = DemoPortfolio.build();
    List<Tenant> tenants = new ArrayList<>(demo.tenants());
    Tenant ben = tenants.get(1);
    tenants.set(1, new Tenant(ben.id(), ben.firstName(), ben.lastName(), ben.unitId(),
        List.of(new PhoneNumber("+12175550101")), ben.email(), ben.status()));
    newStore(new Portfolio(demo.company(), demo.admins(), demo.properties(), tenants, demo.balances()));
    assertThat(ledger().byPhone(new PhoneNumber("+12175550101"))).extracting(Tenant::id)
        .containsExactlyInAnyOrder("T1001", "T1002");
  }

  @Test
  void givenBalances_balance_returnsTheAmountOwedAndEmptyForStrangers() {
    newStore(DemoPortfolio.build());
    assertThat(ledger().balance("T1002")).hasValueSatisfying(b -> assertThat(b).isEqualByComparingTo("125.50"));
    assertThat(ledger().balance("T1001")).hasValueSatisfying(b -> assertThat(b).isEqualByComparingTo("0"));
    assertThat(ledger().balance("T9999")).isEmpty();
  }

  @Test
  void givenReplacement_version_bumpsAndReadsShowTheNewContent() {
    Portfolio demo = DemoPortfolio.build();
    newStore(demo);
    long before = directory().version();
    assertThat(directory().version()).isEqualTo(before);
    List<Tenant> fewer = demo.tenants().subList(0, 2);
    Portfolio smaller = new Portfolio(demo.company(), demo.admins(), demo.properties().subList(0, 1), fewer,
        java.util.Map.of("T1001", new BigDecimal("12.34"), "T1002", new BigDecimal("0.00")));
    replace(smaller);
    assertThat(directory().version()).isGreaterThan(before);
    assertThat(directory().properties()).extracting(p -> p.id()).containsExactly("P100");
    assertThat(ledger().tenants()).extracting(Tenant::id).containsExactly("T1001", "T1002");
    assertThat(ledger().balance("T1001")).hasValueSatisfying(b -> assertThat(b).isEqualByComparingTo("12.34"));
    assertThat(ledger().balance("T1005")).isEqualTo(Optional.empty());
  }
}
