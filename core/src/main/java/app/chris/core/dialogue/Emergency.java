package app.chris.core.dialogue;

import java.util.Objects;
import java.util.Optional;

/** An emergency reported in this call: filed as soon as an address is known, escalated at once. */
record Emergency(String kind, String description, Optional<String> requestId) {
  Emergency {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(requestId, "requestId");
  }

  boolean filed() {
    return requestId.isPresent();
  }
}
