package app.chris.core.port;

import java.util.Objects;
import java.util.Optional;

/** A prospect's contact details and interest (e.g. a tour request for a unit). */
public record Lead(
    CallId callId, String name, Optional<PhoneNumber> phone, Optional<String> unitId, String interest) {
  public Lead {
    Objects.requireNonNull(callId, "callId");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(phone, "phone");
    Objects.requireNonNull(unitId, "unitId");
    Objects.requireNonNull(interest, "interest");
  }
}
