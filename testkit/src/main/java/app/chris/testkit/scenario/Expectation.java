package app.chris.testkit.scenario;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/**
 * What must hold of one turn's replies (joined with one space): {@code any} pattern found, {@code all} found,
 * {@code none} found, and optionally different from turn {@code notSameAsTurn} (1-based) of the same call.
 */
public record Expectation(List<Pattern> any, List<Pattern> all, List<Pattern> none, OptionalInt notSameAsTurn) {
  public Expectation {
    any = List.copyOf(any);
    all = List.copyOf(all);
    none = List.copyOf(none);
    java.util.Objects.requireNonNull(notSameAsTurn, "notSameAsTurn");
  }

  /** The first unmet expectation, described for a person; empty when all hold. */
  public Optional<String> check(String replies, List<String> earlierTurns) {
    if (!any.isEmpty() && any.stream().noneMatch(p -> p.matcher(replies).find())) {
      return Optional.of("expected any of " + show(any) + " in " + quote(replies));
    }
    for (Pattern p : all) {
      if (!p.matcher(replies).find()) {
        return Optional.of("expected /" + p.pattern() + "/ in " + quote(replies));
      }
    }
    for (Pattern p : none) {
      if (p.matcher(replies).find()) {
        return Optional.of("did not expect /" + p.pattern() + "/ in " + quote(replies));
      }
    }
    if (notSameAsTurn.isPresent()) {
      int n = notSameAsTurn.getAsInt();
      if (n < 1 || n > earlierTurns.size()) {
        return Optional.of("notSameAsTurn " + n + " names no earlier turn");
      }
      if (earlierTurns.get(n - 1).equals(replies)) {
        return Optional.of("replies repeat turn " + n + ": " + quote(replies));
      }
    }
    return Optional.empty();
  }

  static String show(List<Pattern> patterns) {
    return patterns.stream().map(p -> "/" + p.pattern() + "/").toList().toString();
  }

  static String quote(String text) {
    return "\"" + (text.length() > 300 ? text.substring(0, 300) + "..." : text) + "\"";
  }
}
