package app.chris.core.port;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * Tenants and their accounts. Thread-safe. {@link #tenants()} and {@link #byPhone} read a local snapshot;
 * {@link #balance} may go to the property system live (bounded by a short timeout, falling back to the
 * snapshot) and so may block briefly.
 */
public interface TenantLedger {
  List<Tenant> tenants();

  default Optional<Tenant> tenant(String tenantId) {
    return tenants().stream().filter(t -> t.id().equals(tenantId)).findFirst();
  }

  /** Tenants whose phone numbers match by digits; two or more means the number is shared and verifies no one. */
  default List<Tenant> byPhone(PhoneNumber number) {
    return tenants().stream().filter(t -> t.hasPhone(number)).toList();
  }

  /** Amount the tenant owes now (negative means credit); empty when the tenant is unknown. */
  Optional<BigDecimal> balance(String tenantId);
}
