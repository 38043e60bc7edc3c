package app.chris.core.port;

import java.util.Objects;

/** A company admin who may teach Chris by phone from a registered number after giving a PIN (stored hashed). */
public record Admin(String name, PhoneNumber phone, String pinHash) {
  public Admin {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(phone, "phone");
    Objects.requireNonNull(pinHash, "pinHash");
  }

  @Override
  public String toString() {
    return "Admin[name=" + name + ", phone=" + phone + ", pinHash=***]";
  }
}
