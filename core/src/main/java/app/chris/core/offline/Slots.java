package app.chris.core.offline;

import app.chris.core.port.PhoneNumber;
import java.util.Objects;
import java.util.Optional;

/**
 * Details found in a line. {@code name} is the caller's own name when introduced ("this is ..."); {@code bareName}
 * when the whole line is a name; {@code number} a lone number ("sorry, 120"); {@code fact} what an admin asked
 * Chris to learn.
 */
record Slots(
    Optional<String> name,
    Optional<String> bareName,
    Optional<String> address,
    Optional<String> number,
    Optional<PhoneNumber> phone,
    Optional<String> date,
    Optional<String> pin,
    Optional<String> fact,
    Optional<String> factProperty) {

  Slots {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(bareName, "bareName");
    Objects.requireNonNull(address, "address");
    Objects.requireNonNull(number, "number");
    Objects.requireNonNull(phone, "phone");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(pin, "pin");
    Objects.requireNonNull(fact, "fact");
    Objects.requireNonNull(factProperty, "factProperty");
  }

  /** The caller's name however it was given. */
  Optional<String> anyName() {
    return name.or(() -> bareName);
  }
}
