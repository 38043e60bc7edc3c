package app.chris.core.port;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * Something that happened on a live call, for the dashboard: flat and JSON-friendly so it can cross instances.
 * {@code instance} names the server that holds the call; {@code fields} carries the kind's details (for example
 * {@code text} for a said line, {@code activity} for a state change, {@code vendor} and {@code state}).
 */
public record LiveEvent(String instance, String callId, Instant at, Kind kind, Map<String, String> fields) {
  public LiveEvent {
    Objects.requireNonNull(instance, "instance");
    Objects.requireNonNull(callId, "callId");
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(kind, "kind");
    fields = Map.copyOf(fields);
  }

  /** The closed set of live event kinds; {@link #wire()} is the name sent to browsers. */
  public enum Kind {
    CALL_STARTED,
    CALLER_SAID,
    CALLER_PARTIAL,
    CHRIS_SAID,
    ACTIVITY,
    MODEL,
    TOOL,
    VENDOR,
    LATENCY,
    IDENTIFIED,
    CALL_ENDED;

    public String wire() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }
}
