package app.chris.app.api;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * One component's readiness as {@code /ready} reports it, with a short detail for operators (no secrets) and
 * optional counts shown next to it (e.g. outbox rows pending and dead).
 */
public record ComponentStatus(State state, String detail, Map<String, Long> counts) {
  public ComponentStatus {
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(detail, "detail");
    counts = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(counts));
  }

  public ComponentStatus(State state, String detail) {
    this(state, detail, Map.of());
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

  /** Working, but something needs a person's attention; the service stays ready. */
  public static ComponentStatus degraded(String detail) {
    return new ComponentStatus(State.DEGRADED, detail);
  }

  /** The same status with counts (in this order) added to its JSON. */
  public ComponentStatus withCounts(Map<String, Long> more) {
    Map<String, Long> all = new LinkedHashMap<>(counts);
    all.putAll(more);
    return new ComponentStatus(state, detail, all);
  }

  /** {@code up}, {@code down}, {@code offline-default} or {@code degraded} (up, but needs attention). */
  public enum State {
    UP,
    DOWN,
    OFFLINE_DEFAULT,
    DEGRADED;

    public String wire() {
      return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
  }
}
