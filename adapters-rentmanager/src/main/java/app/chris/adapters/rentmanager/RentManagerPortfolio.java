package app.chris.adapters.rentmanager;

import app.chris.adapters.rentmanager.PortfolioJson.PropertyJson;
import app.chris.adapters.rentmanager.PortfolioJson.TenantJson;
import app.chris.adapters.rentmanager.PortfolioJson.UnitJson;
import app.chris.core.port.Admin;
import app.chris.core.port.CompanyProfile;
import app.chris.core.port.PortException;
import app.chris.core.port.Property;
import app.chris.core.port.PropertyDirectory;
import app.chris.core.port.Tenant;
import app.chris.core.port.TenantLedger;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Rent Manager's properties, units and tenants as a synced in-memory snapshot (GET /Properties, /Units,
 * /Tenants with leases, contacts and balances), so address matching and caller-id never wait on Rent Manager.
 * The host calls {@link #refresh()} at start and every {@code syncInterval}; company and admins come from the
 * portfolio file. {@link #balance} asks Rent Manager live within {@code liveTimeout}, else answers from the
 * snapshot. Thread-safe.
 */
public final class RentManagerPortfolio implements PropertyDirectory, TenantLedger {
  private static final Logger LOG = LoggerFactory.getLogger(RentManagerPortfolio.class);

  private final RentManagerClient client;
  private final CompanyProfile company;
  private final List<Admin> admins;
  private final Clock clock;
  private final Object refreshLock = new Object();
  private volatile Snapshot snapshot = Snapshot.EMPTY;

  public RentManagerPortfolio(RentManagerClient client, CompanyProfile company, List<Admin> admins, Clock clock) {
    this.client = Objects.requireNonNull(client, "client");
    this.company = Objects.requireNonNull(company, "company");
    this.admins = List.copyOf(admins);
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * Loads everything from Rent Manager and swaps the snapshot in; the version bumps only if the content changed.
   * On failure the old snapshot stays and the {@link PortException} propagates. Blocking.
   */
  public void refresh() {
    synchronized (refreshLock) {
      List<PropertyJson> properties = read("/Properties", PortfolioJson.PROPERTY_EMBEDS, PropertyJson.class);
      List<UnitJson> units = read("/Units", PortfolioJson.UNIT_EMBEDS, UnitJson.class);
      List<TenantJson> tenants = read("/Tenants", PortfolioJson.TENANT_EMBEDS, TenantJson.class);
      LocalDate today = LocalDate.now(clock.withZone(company.timeZone()));
      List<Tenant> mapped = tenants.stream().map(t -> TenantMapper.tenant(t, today)).flatMap(Optional::stream)
          .toList();
      Map<String, BigDecimal> balances = new LinkedHashMap<>();
      tenants.stream().filter(t -> t.id() != null && t.balance() != null)
          .forEach(t -> balances.put(TenantMapper.tenantId(t.id()), money(t.balance())));
      balances.keySet().retainAll(mapped.stream().map(Tenant::id).collect(java.util.stream.Collectors.toSet()));
      snapshot = snapshot.next(PropertyMapper.properties(properties, units), mapped, balances);
    }
  }

  /**
   * Refreshes now and then every {@code syncInterval} on {@code scheduler} (the host owns and stops it). A failed
   * sync is logged and the old snapshot keeps serving until the next one succeeds.
   */
  public ScheduledFuture<?> startSync(ScheduledExecutorService scheduler) {
    long every = client.settings().syncInterval().toMillis();
    return scheduler.scheduleWithFixedDelay(this::refreshQuietly, 0, every, TimeUnit.MILLISECONDS);
  }

  private void refreshQuietly() {
    try {
      refresh();
    } catch (PortException e) {
      LOG.warn("Rent Manager sync failed ({}): {}; serving the previous snapshot", e.kind(), e.getMessage());
    } catch (RuntimeException e) {
      LOG.error("Rent Manager sync failed unexpectedly; serving the previous snapshot", e);
    }
  }

  @Override
  public CompanyProfile company() {
    return company;
  }

  @Override
  public List<Admin> admins() {
    return admins;
  }

  @Override
  public List<Property> properties() {
    return snapshot.properties();
  }

  @Override
  public long version() {
    return snapshot.version();
  }

  @Override
  public List<Tenant> tenants() {
    return snapshot.tenants();
  }

  /** Live from Rent Manager within the live timeout; the snapshot's balance when that fails or is slow. */
  @Override
  public Optional<BigDecimal> balance(String tenantId) {
    Snapshot current = snapshot;
    if (current.tenants().stream().noneMatch(t -> t.id().equals(tenantId))) {
      return Optional.empty();
    }
    try {
      Optional<BigDecimal> live = client.live().get("/Tenants/" + tenantId.substring(1),
          RentManagerQuery.embeds("Balance").fields("TenantID", "Balance"))
          .map(n -> n.path("Balance")).filter(JsonNode::isNumber).map(n -> money(n.decimalValue()));
      return live.or(() -> Optional.ofNullable(current.balances().get(tenantId)));
    } catch (PortException e) {
      LOG.info("live balance unavailable ({}); answering from the snapshot", e.kind());
      return Optional.ofNullable(current.balances().get(tenantId));
    }
  }

  private <T> List<T> read(String resource, String embeds, Class<T> type) {
    return client.list(resource, RentManagerQuery.embeds(embeds.split(","))).stream()
        .map(n -> convert(n, type, resource)).flatMap(Optional::stream).toList();
  }

  /** One odd row (an unexpected field shape) is skipped, not allowed to stop the whole sync. */
  private <T> Optional<T> convert(JsonNode row, Class<T> type, String resource) {
    try {
      return Optional.of(client.json().convertValue(row, type));
    } catch (IllegalArgumentException e) {
      LOG.warn("skipping a {} row Chris cannot read: {}", resource, e.getMessage());
      return Optional.empty();
    }
  }

  private static BigDecimal money(BigDecimal amount) {
    return amount.setScale(2, RoundingMode.HALF_UP);
  }

  /** One consistent view; replaced whole so readers never see half a sync. */
  private record Snapshot(List<Property> properties, List<Tenant> tenants, Map<String, BigDecimal> balances,
      long version) {
    static final Snapshot EMPTY = new Snapshot(List.of(), List.of(), Map.of(), 0);

    Snapshot {
      properties = List.copyOf(properties);
      tenants = List.copyOf(tenants);
      balances = Map.copyOf(balances);
    }

    Snapshot next(List<Property> p, List<Tenant> t, Map<String, BigDecimal> b) {
      boolean same = p.equals(properties) && t.equals(tenants) && b.equals(balances);
      return same ? this : new Snapshot(p, t, b, version + 1);
    }
  }
}
