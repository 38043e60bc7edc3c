package app.chris.adapters.rentmanager;

import app.chris.adapters.rentmanager.PortfolioJson.AddressJson;
import app.chris.adapters.rentmanager.PortfolioJson.PropertyJson;
import app.chris.adapters.rentmanager.PortfolioJson.UdfJson;
import app.chris.adapters.rentmanager.PortfolioJson.UnitJson;
import app.chris.core.port.Property;
import app.chris.core.port.StreetAddress;
import app.chris.core.port.Unit;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Rent Manager properties and units to core records. Amenities and facts come from the property's user-defined
 * fields "Amenities" (comma or line separated) and "Facts" (one per line), which Rent Manager has no column for.
 */
final class PropertyMapper {
  private PropertyMapper() {}

  static List<Property> properties(List<PropertyJson> properties, List<UnitJson> units) {
    Map<Long, List<UnitJson>> byProperty = units.stream().filter(u -> u.id() != null && u.propertyId() != null)
        .collect(Collectors.groupingBy(UnitJson::propertyId));
    return properties.stream().filter(p -> p.id() != null && !Boolean.FALSE.equals(p.active()))
        .map(p -> property(p, byProperty.getOrDefault(p.id(), List.of()))).toList();
  }

  static String propertyId(long id) {
    return "P" + id;
  }

  static String unitId(long id) {
    return "U" + id;
  }

  private static Property property(PropertyJson p, List<UnitJson> units) {
    String name = p.name() == null ? Objects.toString(p.shortName(), "") : p.name();
    StreetAddress address = address(p.addresses()).orElse(new StreetAddress(name, "", "", ""));
    List<Unit> mapped = units.stream().sorted(Comparator.comparing(UnitJson::id))
        .map(u -> unit(u, address.street())).toList();
    return new Property(propertyId(p.id()), name, address, udf(p.udfs(), "Amenities", "[,\\n]"),
        udf(p.udfs(), "Facts", "\\n"), mapped);
  }

  private static Unit unit(UnitJson u, String propertyStreet) {
    // Scattered-site units carry their own street; units that just repeat the property's street have none.
    Optional<String> street = address(u.addresses()).map(StreetAddress::street)
        .filter(s -> !s.equalsIgnoreCase(propertyStreet));
    BigDecimal rent = rent(u.marketRent());
    return new Unit(unitId(u.id()), propertyId(u.propertyId()), Objects.toString(u.name(), String.valueOf(u.id())),
        u.bedrooms() == null ? 0 : Math.max(0, u.bedrooms()), u.bathrooms() == null ? 0 : Math.max(0, u.bathrooms()),
        rent.setScale(2, RoundingMode.HALF_UP), Boolean.TRUE.equals(u.vacant()), street);
  }

  /** MarketRent's embed shape is unverified: accept a number, {"Amount": n}, or a list of those (first wins). */
  private static BigDecimal rent(JsonNode node) {
    if (node == null || node.isNull() || node.isMissingNode()) {
      return BigDecimal.ZERO;
    }
    if (node.isArray()) {
      return node.size() == 0 ? BigDecimal.ZERO : rent(node.get(0));
    }
    JsonNode amount = node.isObject() ? node.path("Amount") : node;
    return amount.isNumber() ? amount.decimalValue() : BigDecimal.ZERO;
  }

  /** The primary address first; rows with no street (unused address-type slots) are skipped. */
  static Optional<StreetAddress> address(List<AddressJson> addresses) {
    if (addresses == null) {
      return Optional.empty();
    }
    return addresses.stream().filter(Objects::nonNull).filter(a -> !street(a).isBlank())
        .sorted(Comparator.comparing(a -> !Boolean.TRUE.equals(a.primary())))
        .map(a -> new StreetAddress(street(a), text(a.city()), text(a.state()), text(a.postalCode())))
        .findFirst();
  }

  private static String street(AddressJson a) {
    return text(a.street() != null ? a.street() : a.street1()).strip();
  }

  private static String text(String s) {
    return s == null ? "" : s;
  }

  private static List<String> udf(List<UdfJson> udfs, String name, String separator) {
    if (udfs == null) {
      return List.of();
    }
    return udfs.stream().filter(u -> u != null && name.equalsIgnoreCase(u.name()) && u.value() != null)
        .flatMap(u -> Arrays.stream(u.value().split(separator))).map(String::strip).filter(s -> !s.isEmpty())
        .toList();
  }
}
