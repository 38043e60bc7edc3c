package app.chris.core.address;

import java.util.Objects;

/**
 * A street heard in the utterance: tokens {@code [start, end)}, the street number said just before it ("" if
 * none, at {@code numberAt}, else -1), and how well the words fit: {@code exact} when the name matched word for
 * word with the right suffix or none, {@code suffixSaid} when the caller said one, {@code penalty} 0 for a
 * perfect fit and growing with typos.
 */
record StreetHit(
    Street street, int start, int end, String number, int numberAt, boolean exact, boolean suffixSaid,
    double penalty) {
  StreetHit {
    Objects.requireNonNull(street, "street");
    Objects.requireNonNull(number, "number");
  }

  boolean hasNumber() {
    return !number.isEmpty();
  }
}
