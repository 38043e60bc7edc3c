package app.chris.testkit.twilio;

import java.time.Duration;
import java.util.Objects;

/**
 * Something the simulated caller received from (or did on) the media socket, {@code at} since the socket opened:
 * {@code media} (with its byte count), {@code mark} (the name), {@code clear}, {@code echo} (a mark we answered),
 * {@code closed} (the close code as detail).
 */
public record CallerEvent(Duration at, String type, String detail, int bytes) {
  public CallerEvent {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(detail, "detail");
  }

  public boolean is(String kind) {
    return type.equals(kind);
  }
}
