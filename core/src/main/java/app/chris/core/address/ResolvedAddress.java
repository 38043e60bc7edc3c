package app.chris.core.address;

import java.util.Objects;
import java.util.Optional;

/**
 * An address in the portfolio that a caller's words point to: a property, and the unit when one was named or the
 * street address belongs to a single unit. {@code spoken} is how Chris reads it back ("120 Maple Court, unit 1B").
 */
public record ResolvedAddress(
    String propertyId, String propertyName, Optional<String> unitId, Optional<String> unitName, String spoken) {
  public ResolvedAddress {
    Objects.requireNonNull(propertyId, "propertyId");
    Objects.requireNonNull(propertyName, "propertyName");
    Objects.requireNonNull(unitId, "unitId");
    Objects.requireNonNull(unitName, "unitName");
    Objects.requireNonNull(spoken, "spoken");
  }
}
