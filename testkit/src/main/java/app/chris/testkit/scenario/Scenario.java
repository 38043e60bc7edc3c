package app.chris.testkit.scenario;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A parsed {@code chris-scenario/1} file: scripted calls and what must be true afterwards. */
public record Scenario(String name, String about, Optional<String> portfolio, List<Call> calls, After after) {
  public Scenario {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(about, "about");
    Objects.requireNonNull(portfolio, "portfolio");
    calls = List.copyOf(calls);
    Objects.requireNonNull(after, "after");
  }

  /** One scripted call: caller id (empty for anonymous), greeting expectation, turns, and whether to hang up. */
  public record Call(Optional<String> from, Optional<Expectation> greeting, List<Turn> turns, boolean hangUp) {
    public Call {
      Objects.requireNonNull(from, "from");
      Objects.requireNonNull(greeting, "greeting");
      turns = List.copyOf(turns);
    }
  }

  /** One caller turn: speech ({@code say}) or keypad ({@code digits}), with an optional expectation. */
  public record Turn(Optional<String> say, Optional<String> digits, Optional<Expectation> expect) {
    public Turn {
      Objects.requireNonNull(say, "say");
      Objects.requireNonNull(digits, "digits");
      Objects.requireNonNull(expect, "expect");
      if (say.isPresent() == digits.isPresent()) {
        throw new IllegalArgumentException("a turn has either say or digits");
      }
    }
  }
}
