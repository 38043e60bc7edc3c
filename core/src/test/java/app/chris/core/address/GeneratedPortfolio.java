package app.chris.core.address;

import app.chris.core.port.Property;
import app.chris.core.port.StreetAddress;
import app.chris.core.port.Unit;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

/** A random but reproducible portfolio: apartment buildings and house communities on shared streets. */
final class GeneratedPortfolio {
  static final List<String> CORES = List.of("Maple", "Oak", "Birch", "Cedar", "Elm", "Willow", "Lakeview",
      "Chestnut", "Hickory", "Magnolia", "Sycamore", "Juniper", "Aspen", "Spruce", "Lake Shore", "Cherry Hill",
      "Martin Luther King", "Sunset", "Highland", "Poplar");
  static final List<String> SUFFIXES = List.of("Ct", "St", "Ave", "Rd", "Dr", "Ln", "Blvd", "Pl", "Ter", "Way",
      "Cir", "Pkwy");
  private static final List<String> UNIT_NAMES = List.of("1A", "1B", "2A", "2B", "3C", "101", "102", "A", "B");

  /** A unit (or building) and the words of its own address. */
  record Address(Property property, Unit unit, int number, String core, String suffix, boolean house) {}

  final List<Property> properties = new ArrayList<>();
  final List<Address> addresses = new ArrayList<>();
  final Map<String, Set<Integer>> numbersByStreet = new HashMap<>();

  GeneratedPortfolio(long seed, int propertyCount) {
    Random random = new Random(seed);
    for (int p = 0; p < propertyCount; p++) {
      String core = CORES.get(random.nextInt(CORES.size()));
      String suffix = SUFFIXES.get(random.nextInt(4 + random.nextInt(SUFFIXES.size() - 4)));
      String id = "P" + p;
      List<Unit> units = new ArrayList<>();
      boolean houses = random.nextInt(6) == 0;
      if (houses) {
        for (int h = 0; h < 3; h++) {
          int number = freshNumber(random, core + " " + suffix);
          String street = number + " " + core + " " + suffix;
          units.add(unit(id + "-H" + h, id, street, Optional.of(street)));
        }
      } else {
        List<String> names = new ArrayList<>(UNIT_NAMES);
        java.util.Collections.shuffle(names, random);
        for (String name : names.subList(0, 1 + random.nextInt(5))) {
          units.add(unit(id + "-" + name, id, name, Optional.empty()));
        }
      }
      int number = houses ? 0 : freshNumber(random, core + " " + suffix);
      String street = houses ? core + " " + suffix : number + " " + core + " " + suffix;
      Property property = new Property(id, "Building " + id, new StreetAddress(street, "Town", "IL", "60000"),
          List.of(), List.of(), units);
      properties.add(property);
      for (Unit unit : units) {
        int own = unit.street().map(s -> Integer.parseInt(s.split(" ")[0])).orElse(number);
        addresses.add(new Address(property, unit, own, core, suffix, houses));
      }
    }
  }

  private int freshNumber(Random random, String street) {
    Set<Integer> used = numbersByStreet.computeIfAbsent(street, k -> new HashSet<>());
    int number;
    do {
      number = random.nextInt(3) == 0 ? 1 + random.nextInt(99) : 100 + random.nextInt(9900);
    } while (!used.add(number));
    return number;
  }

  private static Unit unit(String id, String propertyId, String name, Optional<String> street) {
    return new Unit(id, propertyId, name, 2, 1, BigDecimal.valueOf(1000), false, street);
  }
}
