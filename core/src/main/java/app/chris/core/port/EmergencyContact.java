package app.chris.core.port;

import java.util.Objects;

/** An on-call person; contacts are tried in the order the company lists them. */
public record EmergencyContact(String name, PhoneNumber phone) {
  public EmergencyContact {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(phone, "phone");
  }
}
