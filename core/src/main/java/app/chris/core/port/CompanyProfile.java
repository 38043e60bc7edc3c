package app.chris.core.port;

import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Who the property management company is: name, voice persona, office, on-call contacts, company-wide facts. */
public record CompanyProfile(
    String name,
    String assistantName,
    Optional<PhoneNumber> officePhone,
    ZoneId timeZone,
    List<OfficeHours> officeHours,
    List<EmergencyContact> emergencyContacts,
    List<String> notificationEmails,
    List<String> facts) {

  public CompanyProfile {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(assistantName, "assistantName");
    Objects.requireNonNull(officePhone, "officePhone");
    Objects.requireNonNull(timeZone, "timeZone");
    officeHours = List.copyOf(officeHours);
    emergencyContacts = List.copyOf(emergencyContacts);
    notificationEmails = List.copyOf(notificationEmails);
    facts = List.copyOf(facts);
  }
}
