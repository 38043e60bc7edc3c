package app.chris.app.api;

import java.util.Locale;
import java.util.Objects;

/** One component's readiness as {@code /ready} reports it, with a short detail for operators (no secrets). */
public record ComponentStatus(State state, String detail) {
  public ComponentStatus {
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(detail, "detail");
  }

  public static ComponentStatus up(String detail) {
    return new ComponentStatus(State.UP, detail);
  }

  public static ComponentStatus down(String detail) {
    return new ComponentStatus(State.DOWN, detail);
  }

  public static ComponentStatus offlineDefault(String detail) {
    return new ComponentStatus(State.OFFLINE_DEFAULT, detail);
  }

  /** {@code up}, {@code down} or {@code offline-default}. */
  public enum State {
    UP,
    DOWN,
    OFFLINE_DEFAULT;

    public String wire() {
      return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
  }
}
