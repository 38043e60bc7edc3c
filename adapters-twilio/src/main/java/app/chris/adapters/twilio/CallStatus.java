package app.chris.adapters.twilio;

import java.util.Locale;

/** Twilio's {@code CallStatus} values; {@link #UNKNOWN} for anything Twilio may add later. */
public enum CallStatus {
  QUEUED, RINGING, IN_PROGRESS, COMPLETED, BUSY, FAILED, NO_ANSWER, CANCELED, UNKNOWN;

  /** Parses the wire form ({@code in-progress}, {@code no-answer}, …) leniently. */
  public static CallStatus fromWire(String value) {
    try {
      return valueOf(value.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
    } catch (IllegalArgumentException e) {
      return UNKNOWN;
    }
  }

  /** True once the call is over for good: the authoritative end-of-call signal. */
  public boolean isFinal() {
    return this == COMPLETED || this == BUSY || this == FAILED || this == NO_ANSWER || this == CANCELED;
  }
}
