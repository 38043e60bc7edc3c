package app.chris.core.port;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** A filed maintenance request as staff and the property system see it. */
public record ServiceRequest(
    String id,
    CallId callId,
    Optional<String> propertyId,
    Optional<String> unitId,
    Optional<String> tenantId,
    String category,
    Priority priority,
    String description,
    boolean addressVerified,
    boolean permissionToEnter,
    String status,
    Instant createdAt) {

  public ServiceRequest {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(callId, "callId");
    Objects.requireNonNull(propertyId, "propertyId");
    Objects.requireNonNull(unitId, "unitId");
    Objects.requireNonNull(tenantId, "tenantId");
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(priority, "priority");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(createdAt, "createdAt");
  }
}
