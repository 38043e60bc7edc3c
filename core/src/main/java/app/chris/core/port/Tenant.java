package app.chris.core.port;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A tenant on file. Contains personal data: only ever disclosed to that verified tenant. */
public record Tenant(
    String id,
    String firstName,
    String lastName,
    String unitId,
    List<PhoneNumber> phones,
    Optional<String> email,
    TenantStatus status) {

  public Tenant {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(firstName, "firstName");
    Objects.requireNonNull(lastName, "lastName");
    Objects.requireNonNull(unitId, "unitId");
    phones = List.copyOf(phones);
    Objects.requireNonNull(email, "email");
    Objects.requireNonNull(status, "status");
  }

  public String fullName() {
    return firstName + " " + lastName;
  }

  /** True when the number is one of this tenant's, comparing digits only. */
  public boolean hasPhone(PhoneNumber number) {
    // Every E.164 number starts with '+': the same digits are the same number. No stream: the disclosure guard
    // asks this of every tenant for every sentence.
    return phones.contains(number);
  }
}
