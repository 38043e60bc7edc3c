package app.chris.core.port;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/** A phone number in E.164 form (+ and up to 15 digits). Compared by digits only. */
public record PhoneNumber(String e164) {
  private static final Pattern E164 = Pattern.compile("\\+[1-9]\\d{6,14}");

  public PhoneNumber {
    Objects.requireNonNull(e164, "e164");
    if (!E164.matcher(e164).matches()) {
      throw new IllegalArgumentException("not an E.164 phone number: " + e164);
    }
  }

  /** Parses E.164 text, or a 10-digit North American number written with spaces, dots or dashes. */
  public static Optional<PhoneNumber> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String digits = text.replaceAll("[^0-9]", "");
    String candidate;
    if (text.strip().startsWith("+")) {
      candidate = "+" + digits;
    } else if (digits.length() == 10) {
      candidate = "+1" + digits;
    } else if (digits.length() == 11 && digits.startsWith("1")) {
      candidate = "+" + digits;
    } else {
      return Optional.empty();
    }
    return E164.matcher(candidate).matches() ? Optional.of(new PhoneNumber(candidate)) : Optional.empty();
  }

  public String digits() {
    return e164.substring(1);
  }

  @Override
  public String toString() {
    return e164;
  }
}
