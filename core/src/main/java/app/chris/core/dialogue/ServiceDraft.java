package app.chris.core.dialogue;

import app.chris.core.port.Priority;
import java.util.Objects;
import java.util.Optional;

/** A maintenance request being put together: read back and permission to enter come before filing. */
record ServiceDraft(String category, String description, Priority priority, boolean readBackAccepted,
    Optional<Boolean> permissionToEnter) {
  ServiceDraft {
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(priority, "priority");
    Objects.requireNonNull(permissionToEnter, "permissionToEnter");
  }

  ServiceDraft accepted() {
    return new ServiceDraft(category, description, priority, true, permissionToEnter);
  }

  ServiceDraft withPermission(boolean permission) {
    return new ServiceDraft(category, description, priority, readBackAccepted, Optional.of(permission));
  }

  ServiceDraft withDescription(String newDescription) {
    return new ServiceDraft(category, newDescription, priority, false, permissionToEnter);
  }
}
