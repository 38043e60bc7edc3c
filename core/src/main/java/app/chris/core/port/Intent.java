package app.chris.core.port;

import java.util.Locale;

/** What a caller wants; a call may carry several. {@link #wire()} is the name used in the HTTP API. */
public enum Intent {
  MAINTENANCE,
  EMERGENCY,
  BALANCE,
  RENT_INFO,
  COMPLAINT,
  PROPERTY_QUESTION,
  PROSPECT,
  ADMIN_TRAINING,
  TRANSFER,
  GOODBYE,
  OTHER;

  public String wire() {
    return name().toLowerCase(Locale.ROOT);
  }
}
