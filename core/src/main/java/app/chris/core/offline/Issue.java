package app.chris.core.offline;

import app.chris.core.port.Priority;
import java.util.Objects;

/** A maintenance problem as understood: category (tool wire name), the caller's words cleaned up, a priority. */
record Issue(String category, String description, Priority priority) {
  Issue {
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(priority, "priority");
  }
}
