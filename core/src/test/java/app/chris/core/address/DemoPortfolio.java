package app.chris.core.address;

import app.chris.core.port.Property;
import app.chris.core.port.StreetAddress;
import app.chris.core.port.Unit;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/** The properties of /work/shared/contracts/demo-portfolio.json, as the address book sees them. */
final class DemoPortfolio {
  private DemoPortfolio() {}

  static List<Property> properties() {
    return List.of(
        property("P100", "Maple Court Apartments", "120 Maple Ct",
            unit("U101", "P100", "1A"), unit("U102", "P100", "1B"),
            unit("U201", "P100", "2A"), unit("U202", "P100", "2B")),
        property("P200", "1200 Maple Ct", "1200 Maple Ct", unit("U210", "P200", "A"), unit("U211", "P200", "B")),
        property("P300", "Oak Street Homes", "Oak St",
            house("U301", "12 Oak St"), house("U302", "21 Oak St"), house("U303", "112 Oak St")));
  }

  static AddressBook book() {
    return AddressBook.of(properties());
  }

  private static Property property(String id, String name, String street, Unit... units) {
    return new Property(id, name, new StreetAddress(street, "Springfield", "IL", "62701"), List.of(), List.of(),
        List.of(units));
  }

  private static Unit unit(String id, String propertyId, String name) {
    return new Unit(id, propertyId, name, 2, 1, BigDecimal.valueOf(1000), false, Optional.empty());
  }

  private static Unit house(String id, String street) {
    return new Unit(id, "P300", street, 3, 2, BigDecimal.valueOf(1400), false, Optional.of(street));
  }
}
