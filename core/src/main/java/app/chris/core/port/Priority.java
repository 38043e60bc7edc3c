package app.chris.core.port;

import java.util.Locale;

/** How fast a service request needs attention. */
public enum Priority {
  EMERGENCY,
  URGENT,
  NORMAL,
  LOW;

  public String wire() {
    return name().toLowerCase(Locale.ROOT);
  }
}
