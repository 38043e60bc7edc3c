package app.chris.core.address;

import app.chris.core.port.Property;
import app.chris.core.port.Unit;
import java.util.Objects;
import java.util.Optional;

/**
 * One street address in the portfolio: a property's building, or a unit with its own street (a house).
 * {@code number} is "" when the street has none ("Oak St"); {@code spoken} is how Chris reads it.
 */
record Place(Property property, Optional<Unit> house, String number, Street street, String spoken) {
  Place {
    Objects.requireNonNull(property, "property");
    Objects.requireNonNull(house, "house");
    Objects.requireNonNull(number, "number");
    Objects.requireNonNull(street, "street");
    Objects.requireNonNull(spoken, "spoken");
  }

  String id() {
    return property.id() + house.map(u -> "/" + u.id()).orElse("");
  }
}
