package app.chris.core.offline;

import app.chris.core.port.PhoneNumber;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Phone numbers and PINs, said as digits or words ("six three oh, five five five..."). Stateless. */
final class Numbers {
  private static final Set<String> PIN_CUES = Set.of("pin", "passcode", "code", "password");
  private static final Set<String> PIN_SKIP = Set.of("is", "number", "my", "admin", "the", "it", "its", "of");

  private Numbers() {}

  /** A 10-digit (or 1 + 10) number in the line, as E.164. */
  static Optional<PhoneNumber> phone(List<String> digitized) {
    StringBuilder run = new StringBuilder();
    for (int i = 0; i <= digitized.size(); i++) {
      String t = i < digitized.size() ? digitized.get(i) : "";
      if (!t.isEmpty() && t.chars().allMatch(Character::isDigit)) {
        run.append(t);
        continue;
      }
      Optional<PhoneNumber> p = asPhone(run.toString());
      if (p.isPresent()) {
        return p;
      }
      run.setLength(0);
    }
    return Optional.empty();
  }

  private static Optional<PhoneNumber> asPhone(String digits) {
    if (digits.length() == 10 || (digits.length() == 11 && digits.startsWith("1"))) {
      return PhoneNumber.parse(digits);
    }
    return Optional.empty();
  }

  /** The digits after "PIN"/"code" ("admin PIN 2468", "my pin is two four six eight"). */
  static Optional<String> pin(List<String> digitized) {
    for (int i = 0; i < digitized.size(); i++) {
      if (!PIN_CUES.contains(digitized.get(i))) {
        continue;
      }
      int j = i + 1;
      while (j < digitized.size() && PIN_SKIP.contains(digitized.get(j))) {
        j++;
      }
      StringBuilder digits = new StringBuilder();
      while (j < digitized.size() && digitized.get(j).chars().allMatch(Character::isDigit)) {
        digits.append(digitized.get(j++));
      }
      if (digits.length() >= 4 && digits.length() <= 8) {
        return Optional.of(digits.toString());
      }
    }
    return Optional.empty();
  }
}
