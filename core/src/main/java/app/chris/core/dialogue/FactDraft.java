package app.chris.core.dialogue;

import java.util.Objects;
import java.util.Optional;

/** A fact an admin is teaching, waiting for the read-back to be confirmed. */
record FactDraft(String text, Optional<String> propertyId) {
  FactDraft {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(propertyId, "propertyId");
  }
}
