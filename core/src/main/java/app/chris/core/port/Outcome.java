package app.chris.core.port;

import java.util.Locale;

/** How a call ended up, for the record and analytics. */
public enum Outcome {
  SERVICE_REQUEST,
  EMERGENCY,
  INFO,
  COMPLAINT,
  LEAD,
  KNOWLEDGE,
  TRANSFER,
  MESSAGE,
  ABANDONED;

  public String wire() {
    return name().toLowerCase(Locale.ROOT);
  }
}
