package app.chris.core.address;

import app.chris.core.port.Property;
import app.chris.core.port.Unit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The portfolio keyed the ways callers name places: by street then number, by first street word (exact and
 * fuzzy), by property name and by unit name, so a lookup never walks the whole portfolio. Immutable once built.
 */
final class AddressIndex {
  private static final Set<String> GENERIC_NAME_ENDINGS = Set.of("apartments", "apts", "homes", "townhomes",
      "townhouses", "residences", "villas", "condos", "condominiums", "estates", "lofts", "flats", "commons");

  /** A property name (or its short form without "Apartments") as tokens. */
  record NameAlias(List<String> tokens, Place place) {}

  private final Map<String, StreetPlaces> streets = new HashMap<>();
  private final Map<String, List<Street>> byFirstWord = new HashMap<>();
  private final Map<String, List<Street>> byWordAfterDirection = new HashMap<>();
  private final Map<String, List<NameAlias>> namesByFirstWord = new HashMap<>();
  private final Map<String, Place> buildings = new HashMap<>();
  private final Map<String, Map<String, Unit>> unitsByProperty = new HashMap<>();
  private final Map<String, List<Property>> propertiesByUnitName = new HashMap<>();
  private final FuzzyWords fuzzy;

  AddressIndex(List<Property> properties) {
    for (Property property : properties) {
      Place building = place(property, Optional.empty(), property.address().street());
      buildings.put(property.id(), building);
      add(building);
      Map<String, Unit> units = new HashMap<>();
      for (Unit unit : property.units()) {
        unit.street().ifPresent(street -> add(place(property, Optional.of(unit), street)));
        String name = unitKey(unit.name());
        units.putIfAbsent(name, unit);
        propertiesByUnitName.computeIfAbsent(name, k -> new ArrayList<>()).add(property);
      }
      unitsByProperty.put(property.id(), Map.copyOf(units));
      addNames(building);
    }
    fuzzy = new FuzzyWords(byFirstWord.keySet());
  }

  Optional<StreetPlaces> street(Street street) {
    return Optional.ofNullable(streets.get(street.key()));
  }

  List<Street> streetsStartingWith(String word) {
    return byFirstWord.getOrDefault(word, List.of());
  }

  /** Streets like "N Main St" under "main", for callers who leave the direction out. */
  List<Street> streetsAfterDirection(String word) {
    return byWordAfterDirection.getOrDefault(word, List.of());
  }

  List<String> wordsNear(String heard) {
    return fuzzy.near(heard);
  }

  List<NameAlias> namesStartingWith(String word) {
    return namesByFirstWord.getOrDefault(word, List.of());
  }

  Place building(Property property) {
    return buildings.get(property.id());
  }

  Optional<Unit> unit(Property property, String unitKey) {
    return Optional.ofNullable(unitsByProperty.get(property.id()).get(unitKey));
  }

  List<Property> propertiesWithUnit(String unitKey) {
    return propertiesByUnitName.getOrDefault(unitKey, List.of());
  }

  /** A unit name as callers' words normalise it: "Apt 1-B" and "one b" are both "1b". */
  static String unitKey(String name) {
    StringBuilder key = new StringBuilder();
    for (String token : AddressNormalizer.tokens(name)) {
      if (!token.equals("unit") && !token.equals(AddressNormalizer.BREAK)) {
        key.append(token);
      }
    }
    return key.toString();
  }

  private Place place(Property property, Optional<Unit> house, String written) {
    List<String> tokens = new ArrayList<>(AddressNormalizer.tokens(written));
    tokens.remove(AddressNormalizer.BREAK);
    String number = !tokens.isEmpty() && AddressNormalizer.isNumber(tokens.get(0)) ? tokens.remove(0) : "";
    String suffix = tokens.size() >= 2 && StreetWords.isSuffix(tokens.get(tokens.size() - 1))
        ? tokens.remove(tokens.size() - 1) : "";
    Street street = new Street(tokens.isEmpty() ? List.of(number) : tokens, suffix);
    String spoken = number.isEmpty() && house.isEmpty() ? property.name() : SpokenStreet.of(written);
    return new Place(property, house, number, street, spoken);
  }

  private void add(Place place) {
    Street street = place.street();
    StreetPlaces places = streets.computeIfAbsent(street.key(), k -> new StreetPlaces());
    places.add(place);
    register(byFirstWord, street.core().get(0), street);
    if (street.core().size() >= 2 && StreetWords.DIRECTION_SPOKEN.containsKey(street.core().get(0))) {
      register(byWordAfterDirection, street.core().get(1), street);
    }
  }

  private static void register(Map<String, List<Street>> map, String word, Street street) {
    List<Street> streets = map.computeIfAbsent(word, k -> new ArrayList<>());
    if (!streets.contains(street)) {
      streets.add(street);
    }
  }

  private void addNames(Place building) {
    List<String> tokens = new ArrayList<>(AddressNormalizer.tokens(building.property().name()));
    tokens.remove(AddressNormalizer.BREAK);
    if (tokens.isEmpty() || AddressNormalizer.isNumber(tokens.get(0))) {
      return; // a name like "1200 Maple Ct" is an address; the street index already has it
    }
    addName(tokens, building);
    if (tokens.size() >= 2 && GENERIC_NAME_ENDINGS.contains(tokens.get(tokens.size() - 1))) {
      addName(tokens.subList(0, tokens.size() - 1), building);
    }
  }

  private void addName(List<String> tokens, Place building) {
    namesByFirstWord.computeIfAbsent(tokens.get(0), k -> new ArrayList<>())
        .add(new NameAlias(List.copyOf(tokens), building));
  }
}
