package app.chris.core.port;

import java.util.Objects;

/** A postal address as the property system stores it ({@code street} is e.g. "120 Maple Ct"). */
public record StreetAddress(String street, String city, String state, String postalCode) {
  public StreetAddress {
    Objects.requireNonNull(street, "street");
    Objects.requireNonNull(city, "city");
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(postalCode, "postalCode");
  }
}
