package app.chris.testkit.scenario;

import java.util.Objects;
import java.util.Optional;

/** The outcome of one scenario run: passed, or the first expectation that failed. */
public record ScenarioResult(String name, Optional<String> failure) {
  public ScenarioResult {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(failure, "failure");
  }

  public static ScenarioResult pass(String name) {
    return new ScenarioResult(name, Optional.empty());
  }

  public static ScenarioResult fail(String name, String why) {
    return new ScenarioResult(name, Optional.of(why));
  }

  public boolean passed() {
    return failure.isEmpty();
  }

  /** {@code PASS name} or {@code FAIL name: why}. */
  public String line() {
    return failure.map(f -> "FAIL " + name + ": " + f).orElse("PASS " + name);
  }
}
