package app.chris.adapters.jdbi;

import app.chris.core.port.Admin;
import app.chris.core.port.CompanyProfile;
import app.chris.core.port.Portfolio;
import app.chris.core.port.Property;
import app.chris.core.port.PropertyDirectory;
import app.chris.core.port.Tenant;
import app.chris.core.port.TenantLedger;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/**
 * The embedded property system: {@link PropertyDirectory} and {@link TenantLedger} over imported portfolios.
 * Thread-safe. Each company's import is one JSON snapshot row ({@code portfolio_snapshots}); the newest import is
 * held in memory, so reads on the call path never touch the database. {@link #refresh()} picks up an import
 * made by another instance. A snapshot rather than tables per entity: the portfolio is only replaced whole and
 * read whole, and calls keep plain ids (no foreign keys) so they outlive a re-import that drops a unit.
 */
public final class LocalPortfolioStore implements PropertyDirectory, TenantLedger {
  private final Jdbi jdbi;
  private final Clock clock;
  private volatile Optional<Loaded> current;

  public LocalPortfolioStore(Database database, Clock clock) {
    this.jdbi = Objects.requireNonNull(database, "database").jdbi();
    this.clock = Objects.requireNonNull(clock, "clock");
    this.current = loadNewest();
  }

  /** Replaces this company's previous import (calls, requests and knowledge stay) in one transaction. */
  public synchronized void importPortfolio(Portfolio portfolio) {
    Objects.requireNonNull(portfolio, "portfolio");
    String snapshot = PortfolioJson.writeSnapshot(portfolio);
    long version = Failures.inTransaction(jdbi, h -> {
      long v = Versions.bump(h, Versions.PORTFOLIO);
      h.createUpdate("DELETE FROM portfolio_snapshots WHERE company_name = :name")
          .bind("name", portfolio.company().name()).execute();
      h.createUpdate("INSERT INTO portfolio_snapshots (company_name, snapshot, version, imported_at) "
              + "VALUES (:name, :snapshot, :version, :now)")
          .bind("name", portfolio.company().name()).bind("snapshot", snapshot).bind("version", v)
          .bind("now", Sql.time(Sql.now(clock))).execute();
      return v;
    });
    current = Optional.of(new Loaded(portfolio, version));
  }

  /** True until the first import: the app then loads the demo portfolio. */
  public boolean isEmpty() {
    return current.isEmpty();
  }

  /** Reloads from the database when another instance imported since; returns true when content changed. */
  public synchronized boolean refresh() {
    Optional<Loaded> newest = loadNewest();
    boolean changed = newest.map(Loaded::version).orElse(0L) != current.map(Loaded::version).orElse(0L);
    if (changed) {
      current = newest;
    }
    return changed;
  }

  private Optional<Loaded> loadNewest() {
    return Failures.withHandle(jdbi, h -> h.createQuery("SELECT snapshot, version FROM portfolio_snapshots "
            + "ORDER BY version DESC LIMIT 1")
        .map((rs, ctx) -> new Loaded(PortfolioJson.readSnapshot(rs.getString("snapshot")), rs.getLong("version")))
        .findOne());
  }

  private Portfolio portfolio() {
    return current.orElseThrow(() -> new IllegalStateException("no portfolio has been imported yet")).portfolio();
  }

  @Override
  public CompanyProfile company() {
    return portfolio().company();
  }

  @Override
  public List<Admin> admins() {
    return portfolio().admins();
  }

  @Override
  public List<Property> properties() {
    return portfolio().properties();
  }

  /** The import's database version; 0 before any import. */
  @Override
  public long version() {
    return current.map(Loaded::version).orElse(0L);
  }

  @Override
  public List<Tenant> tenants() {
    return current.map(l -> l.portfolio().tenants()).orElse(List.of());
  }

  /** The balance as of the last import; a known tenant without one owes nothing. */
  @Override
  public Optional<BigDecimal> balance(String tenantId) {
    return current.flatMap(l -> l.portfolio().tenants().stream().filter(t -> t.id().equals(tenantId)).findFirst()
        .map(t -> l.portfolio().balances().getOrDefault(t.id(), new BigDecimal("0.00"))));
  }

  private record Loaded(Portfolio portfolio, long version) {}
}
