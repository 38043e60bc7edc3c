package app.chris.app.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The components {@code /ready} checks (storage, model, voice, propertySystem, email, outbox). Ready means none is
 * down: each is up, degraded (working, needs attention) or deliberately in its offline default. A check that
 * throws counts as down. Thread-safe.
 */
public final class Readiness {
  private final List<Check> checks;

  public Readiness(List<Check> checks) {
    this.checks = List.copyOf(checks);
  }

  /** Runs every check; the result maps each name to {@code {"status", "detail"}} in the given order. */
  public Report report() {
    Map<String, Object> components = new LinkedHashMap<>();
    boolean ready = true;
    for (Check check : checks) {
      ComponentStatus status = run(check);
      ready &= status.state() != ComponentStatus.State.DOWN;
      Map<String, Object> shown = new LinkedHashMap<>(
          WireFormat.ordered("status", status.state().wire(), "detail", status.detail()));
      shown.putAll(status.counts());
      components.put(check.name(), shown);
    }
    return new Report(ready, components);
  }

  private static ComponentStatus run(Check check) {
    try {
      return check.status().get();
    } catch (RuntimeException e) {
      return ComponentStatus.down(e.getClass().getSimpleName());
    }
  }

  /** A named component and how to learn its status now. */
  public record Check(String name, Supplier<ComponentStatus> status) {
    public Check {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(status, "status");
    }
  }

  /** Whether the service is ready, and each component's status. */
  public record Report(boolean ready, Map<String, Object> components) {
    public Report {
      components = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(components));
    }
  }
}
