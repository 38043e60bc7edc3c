package app.chris.testkit;

import app.chris.core.port.Admin;
import app.chris.core.port.CompanyProfile;
import app.chris.core.port.Portfolio;
import app.chris.core.port.Property;
import app.chris.core.port.PropertyDirectory;
import app.chris.core.port.Tenant;
import app.chris.core.port.TenantLedger;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A {@link PropertyDirectory} and {@link TenantLedger} over one in-memory {@link Portfolio}. Thread-safe: the
 * portfolio is swapped whole by {@link #replace}, which bumps {@link #version()} (starting at 1).
 */
public final class InMemoryPortfolio implements PropertyDirectory, TenantLedger {
  private volatile Snapshot snapshot;

  public InMemoryPortfolio(Portfolio portfolio) {
    this.snapshot = new Snapshot(Objects.requireNonNull(portfolio, "portfolio"), 1);
  }

  /** The demo company of {@code contracts/demo-portfolio.json}. */
  public static InMemoryPortfolio demo() {
    return new InMemoryPortfolio(DemoPortfolio.build());
  }

  public synchronized void replace(Portfolio portfolio) {
    Objects.requireNonNull(portfolio, "portfolio");
    snapshot = new Snapshot(portfolio, snapshot.version + 1);
  }

  public Portfolio portfolio() {
    return snapshot.portfolio;
  }

  @Override
  public CompanyProfile company() {
    return snapshot.portfolio.company();
  }

  @Override
  public List<Admin> admins() {
    return snapshot.portfolio.admins();
  }

  @Override
  public List<Property> properties() {
    return snapshot.portfolio.properties();
  }

  @Override
  public long version() {
    return snapshot.version;
  }

  @Override
  public List<Tenant> tenants() {
    return snapshot.portfolio.tenants();
  }

  /** The balance on file; a known tenant without one owes nothing. */
  @Override
  public Optional<BigDecimal> balance(String tenantId) {
    Portfolio p = snapshot.portfolio;
    if (p.tenants().stream().noneMatch(t -> t.id().equals(tenantId))) {
      return Optional.empty();
    }
    return Optional.of(p.balances().getOrDefault(tenantId, new BigDecimal("0.00")));
  }

  private record Snapshot(Portfolio portfolio, long version) {}
}
