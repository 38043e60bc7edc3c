package app.chris.core.port;

import java.util.Objects;
import java.util.Optional;

/**
 * A maintenance request to file. {@code idempotencyKey} makes filing safe to retry: the same key never creates
 * a second request. An unresolved address is allowed only when flagged ({@code addressVerified == false}).
 */
public record NewServiceRequest(
    String idempotencyKey,
    CallId callId,
    Optional<String> propertyId,
    Optional<String> unitId,
    Optional<String> tenantId,
    String category,
    Priority priority,
    String description,
    boolean addressVerified,
    boolean permissionToEnter) {

  public NewServiceRequest {
    Objects.requireNonNull(idempotencyKey, "idempotencyKey");
    Objects.requireNonNull(callId, "callId");
    Objects.requireNonNull(propertyId, "propertyId");
    Objects.requireNonNull(unitId, "unitId");
    Objects.requireNonNull(tenantId, "tenantId");
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(priority, "priority");
    Objects.requireNonNull(description, "description");
  }
}
