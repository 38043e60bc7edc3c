package app.chris.core.address;

import app.chris.core.port.Property;
import app.chris.core.port.Unit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Every address in the portfolio, indexed for matching what callers say. Immutable and thread-safe; build a new
 * one when the portfolio version changes.
 *
 * <p>Placeholder matching (exact street text only) until the normalisation and proximity matcher lands.
 */
public final class AddressBook {
  private final List<Property> properties;

  private AddressBook(List<Property> properties) {
    this.properties = List.copyOf(properties);
  }

  public static AddressBook of(List<Property> properties) {
    return new AddressBook(properties);
  }

  /** Matches the address mentioned anywhere in {@code utterance} (a whole sentence is fine). */
  public AddressMatch match(String utterance) {
    String text = utterance.toLowerCase(Locale.ROOT);
    for (Property p : properties) {
      for (Unit u : p.units()) {
        Optional<String> street = u.street();
        if (street.isPresent() && text.contains(street.get().toLowerCase(Locale.ROOT))) {
          return new AddressMatch.Exact(new ResolvedAddress(p.id(), p.name(), Optional.of(u.id()),
              Optional.of(u.name()), street.get()));
        }
      }
      if (text.contains(p.address().street().toLowerCase(Locale.ROOT))) {
        return new AddressMatch.Exact(new ResolvedAddress(p.id(), p.name(), Optional.empty(), Optional.empty(),
            p.address().street()));
      }
    }
    return new AddressMatch.NoMatch(text);
  }
}
