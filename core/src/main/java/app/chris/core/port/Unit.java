package app.chris.core.port;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * A rentable unit. {@code street} is set only when the unit has its own street address (a house or townhome);
 * otherwise its address is the property's street plus the unit name.
 */
public record Unit(
    String id,
    String propertyId,
    String name,
    int bedrooms,
    double bathrooms,
    BigDecimal marketRent,
    boolean vacant,
    Optional<String> street) {

  public Unit {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(propertyId, "propertyId");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(marketRent, "marketRent");
    Objects.requireNonNull(street, "street");
    if (bedrooms < 0 || bathrooms < 0) {
      throw new IllegalArgumentException("negative room count in unit " + id);
    }
  }
}
