package app.chris.core.address;

import app.chris.core.port.Property;
import java.util.List;
import java.util.Optional;

/**
 * Every address in the portfolio, indexed for matching what callers say: spoken numbers, suffix and unit
 * wording, typos, property names, near-miss street numbers. Immutable and thread-safe; build a new one when the
 * portfolio changes. A lookup touches only the streets and names the caller said, never the whole portfolio.
 */
public final class AddressBook {
  private final AddressIndex index;
  private final Resolver resolver;
  private final StreetFinder streets;

  private AddressBook(List<Property> properties) {
    this.index = new AddressIndex(List.copyOf(properties));
    this.resolver = new Resolver(index);
    this.streets = new StreetFinder(index);
  }

  public static AddressBook of(List<Property> properties) {
    return new AddressBook(properties);
  }

  /** Matches the address mentioned anywhere in {@code utterance} (a whole sentence is fine). */
  public AddressMatch match(String utterance) {
    return resolver.resolve(AddressNormalizer.tokens(utterance));
  }

  /**
   * Matches {@code utterance} as a correction of {@code previousAddress} when it names no street itself: "Oh
   * yes, sorry, 120" after "122 Maple Court, unit 1B" means 120 Maple Court, unit 1B.
   */
  public AddressMatch match(String utterance, Optional<String> previousAddress) {
    List<String> said = AddressNormalizer.tokens(utterance);
    AddressMatch alone = resolver.resolve(said);
    if (previousAddress.isEmpty() || !streets.find(said).isEmpty()) {
      return alone;
    }
    List<String> before = AddressNormalizer.tokens(previousAddress.get());
    List<StreetHit> earlier = streets.find(before);
    Optional<StreetHit> street = earlier.stream().filter(StreetHit::hasNumber).findFirst()
        .or(() -> earlier.stream().findFirst());
    Optional<List<String>> merged = Correction.apply(before, street, said);
    if (merged.isEmpty()) {
      return alone instanceof AddressMatch.NoMatch ? resolver.resolve(before) : alone;
    }
    return resolver.resolve(merged.get());
  }

  /** What the address words in {@code utterance} normalise to ("one twenty maple court" -> "120 maple ct"). */
  public static String normalize(String utterance) {
    return AddressNormalizer.text(AddressNormalizer.tokens(utterance));
  }
}
