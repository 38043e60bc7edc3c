package app.chris.core.address;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Folds a short correction ("Oh yes, sorry, 120", "no, unit 2B") into the address said before: a bare number
 * replaces the street number, a unit replaces the unit. Stateless.
 */
final class Correction {
  private Correction() {}

  /** The earlier tokens with the correction applied, or empty when the correction names no number or unit. */
  static Optional<List<String>> apply(
      List<String> previous, Optional<StreetHit> previousStreet, List<String> correction) {
    Optional<String> unit = unit(correction);
    Optional<String> number = streetNumber(correction);
    if (unit.isEmpty() && number.isEmpty()) {
      return Optional.empty();
    }
    List<String> merged = new ArrayList<>(previous);
    if (number.isPresent() && previousStreet.isPresent()) {
      StreetHit street = previousStreet.get();
      if (street.hasNumber()) {
        merged.set(street.numberAt(), number.get());
      } else {
        merged.add(street.start(), number.get());
      }
    }
    if (unit.isPresent()) {
      // the newest unit goes first: unit mentions are tried in order
      merged.addAll(0, List.of("unit", unit.get(), AddressNormalizer.BREAK));
    }
    return Optional.of(merged);
  }

  private static Optional<String> unit(List<String> tokens) {
    List<String> mentions = UnitMentions.find(tokens, Set.of());
    return mentions.isEmpty() ? Optional.empty() : Optional.of(mentions.get(0));
  }

  /** A number said on its own: not after a unit word and not followed by a unit letter ("one b"). */
  private static Optional<String> streetNumber(List<String> tokens) {
    for (int i = 0; i < tokens.size(); i++) {
      boolean afterUnit = i > 0 && tokens.get(i - 1).equals("unit");
      boolean beforeLetter = i + 1 < tokens.size() && UnitMentions.isLetter(tokens.get(i + 1));
      if (AddressNormalizer.isNumber(tokens.get(i)) && !afterUnit && !beforeLetter) {
        return Optional.of(tokens.get(i));
      }
    }
    return Optional.empty();
  }
}
