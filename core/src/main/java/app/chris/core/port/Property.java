package app.chris.core.port;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A property (building or community) with its units, amenities and facts Chris may tell any caller. */
public record Property(
    String id,
    String name,
    StreetAddress address,
    List<String> amenities,
    List<String> facts,
    List<Unit> units) {

  public Property {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(address, "address");
    amenities = List.copyOf(amenities);
    facts = List.copyOf(facts);
    units = List.copyOf(units);
  }

  public Optional<Unit> unit(String unitId) {
    return units.stream().filter(u -> u.id().equals(unitId)).findFirst();
  }
}
