package app.chris.adapters.jdbi;

import app.chris.core.port.CallId;
import app.chris.core.port.Effect;
import app.chris.core.port.NewServiceRequest;
import app.chris.core.port.OutboxMessage;
import app.chris.core.port.Priority;
import app.chris.core.port.ServiceDesk;
import app.chris.core.port.ServiceRequest;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * {@link ServiceDesk} on the {@code service_requests} table. Thread-safe. Filing inserts the request and an
 * outbox row carrying {@link Effect.WorkOrder} in one transaction; the same idempotency key returns the first
 * request. Ids are {@code SR-<row id>}.
 */
public final class JdbiServiceDesk implements ServiceDesk {
  private static final Pattern ID = Pattern.compile("SR-(\\d{1,18})");
  private static final String COLUMNS = "id, call_id, property_id, unit_id, tenant_id, category, priority, "
      + "description, address_verified, permission_to_enter, status, created_at";
  private final Jdbi jdbi;
  private final Clock clock;

  public JdbiServiceDesk(Database database, Clock clock) {
    this.jdbi = Objects.requireNonNull(database, "database").jdbi();
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public ServiceRequest file(NewServiceRequest request) {
    Objects.requireNonNull(request, "request");
    return Failures.inTransaction(jdbi, h -> byKey(h, request.idempotencyKey())
        .or(() -> insert(h, request, Sql.now(clock)))
        .orElseGet(() -> byKey(h, request.idempotencyKey()).orElseThrow()));
  }

  /** Empty when a concurrent filing of the same key won the race; the caller then reads that one. */
  private static Optional<ServiceRequest> insert(Handle h, NewServiceRequest r, Instant now) {
    return Sql.unlessDuplicate(h, "service_request_row", () -> {
      long rowId = h.createUpdate("INSERT INTO service_requests (idempotency_key, call_id, property_id, unit_id, "
              + "tenant_id, category, priority, description, address_verified, permission_to_enter, status, "
              + "created_at) VALUES (:key, :callId, :propertyId, :unitId, :tenantId, :category, :priority, "
              + ":description, :addressVerified, :permissionToEnter, 'open', :now)")
          .bind("key", r.idempotencyKey()).bind("callId", r.callId().value())
          .bind("propertyId", r.propertyId().orElse(null)).bind("unitId", r.unitId().orElse(null))
          .bind("tenantId", r.tenantId().orElse(null)).bind("category", r.category())
          .bind("priority", r.priority().name()).bind("description", r.description())
          .bind("addressVerified", r.addressVerified()).bind("permissionToEnter", r.permissionToEnter())
          .bind("now", Sql.time(now))
          .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
      ServiceRequest filed = new ServiceRequest("SR-" + rowId, r.callId(), r.propertyId(), r.unitId(),
          r.tenantId(), r.category(), r.priority(), r.description(), r.addressVerified(), r.permissionToEnter(),
          "open", now);
      OutboxRows.insert(h, new OutboxMessage("work-order:" + r.idempotencyKey(), Optional.of(r.callId()),
          new Effect.WorkOrder(filed)), now);
      return filed;
    });
  }

  private static Optional<ServiceRequest> byKey(Handle h, String key) {
    return h.createQuery("SELECT " + COLUMNS + " FROM service_requests WHERE idempotency_key = :key")
        .bind("key", key).map(JdbiServiceDesk::map).findOne();
  }

  @Override
  public Optional<ServiceRequest> find(String requestId) {
    Matcher m = ID.matcher(requestId);
    if (!m.matches()) {
      return Optional.empty();
    }
    long rowId = Long.parseLong(m.group(1));
    return Failures.withHandle(jdbi, h -> h.createQuery("SELECT " + COLUMNS + " FROM service_requests WHERE id = :id")
        .bind("id", rowId).map(JdbiServiceDesk::map).findOne());
  }

  @Override
  public List<ServiceRequest> recent(int limit) {
    return Failures.withHandle(jdbi, h -> h.createQuery("SELECT " + COLUMNS
            + " FROM service_requests ORDER BY id DESC LIMIT :limit")
        .bind("limit", Math.max(0, limit)).map(JdbiServiceDesk::map).list());
  }

  private static ServiceRequest map(ResultSet rs, StatementContext ctx) throws SQLException {
    return new ServiceRequest("SR-" + rs.getLong("id"), new CallId(rs.getString("call_id")),
        Sql.optionalString(rs, "property_id"), Sql.optionalString(rs, "unit_id"), Sql.optionalString(rs, "tenant_id"),
        rs.getString("category"), Priority.valueOf(rs.getString("priority")), rs.getString("description"),
        rs.getBoolean("address_verified"), rs.getBoolean("permission_to_enter"), rs.getString("status"),
        Sql.instant(rs, "created_at"));
  }
}
