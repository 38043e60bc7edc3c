package app.chris.benchmarks;

import app.chris.core.port.Property;
import app.chris.core.port.StreetAddress;
import app.chris.core.port.Unit;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A fixed 10,000-unit portfolio: 1,000 buildings of ten units over 200 streets. */
final class BenchmarkPortfolio {
  private static final String[] CORES = {"Maple", "Oak", "Birch", "Cedar", "Elm", "Willow", "Lakeview",
      "Chestnut", "Hickory", "Magnolia", "Sycamore", "Juniper", "Aspen", "Spruce", "Lake Shore", "Cherry Hill",
      "Martin Luther King", "Sunset", "Highland", "Poplar"};
  private static final String[] SUFFIXES = {"Ct", "St", "Ave", "Rd", "Dr", "Ln", "Blvd", "Pl", "Ter", "Cir"};

  private BenchmarkPortfolio() {}

  static List<Property> properties(int buildings, int unitsPerBuilding) {
    List<Property> out = new ArrayList<>();
    for (int b = 0; b < buildings; b++) {
      String street = number(b) + " " + streetName(b);
      String id = "P" + b;
      List<Unit> units = new ArrayList<>();
      for (int u = 0; u < unitsPerBuilding; u++) {
        String name = (1 + u / 4) + String.valueOf((char) ('A' + u % 4));
        units.add(new Unit(id + "-" + name, id, name, 2, 1, BigDecimal.valueOf(1000), false, Optional.empty()));
      }
      out.add(new Property(id, "Building " + b, new StreetAddress(street, "Town", "IL", "60000"), List.of(),
          List.of(), units));
    }
    return out;
  }

  /** Building 500 is at 3600 Maple Ln. */
  static int number(int building) {
    return 100 + building * 7;
  }

  static String streetName(int building) {
    int street = building % (CORES.length * SUFFIXES.length);
    return CORES[street % CORES.length] + " " + SUFFIXES[street / CORES.length];
  }
}
