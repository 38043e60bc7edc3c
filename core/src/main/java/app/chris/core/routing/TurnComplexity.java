package app.chris.core.routing;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** Decides whether a caller turn is hard enough for the strong model, and says why. Stateless. */
final class TurnComplexity {
  private static final int LONG_WORDS = 45;
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern POLICY = Pattern.compile(
      "\\b(lease|leases|policy|policies|sublet|sublease|break (my|the) lease|evict\\w*|legal|lawyer|attorney"
          + "|deposit back|security deposit|terminate|renewal)\\b");
  private static final Pattern DISPUTE = Pattern.compile(
      "\\b(dispute|unfair|overcharged|wrongly charged|wrong charge|refund|not my fault|complained before"
          + "|nobody (came|fixed)|still not fixed|third time|unacceptable)\\b");
  private static final Pattern ISSUE = Pattern.compile(
      "\\b(leak\\w*|drip\\w*|broken|not working|isn't working|doesn't work|clogged|no (heat|hot water|power)"
          + "|mold|pests?|roach\\w*|mice|noise|smell\\w*|stuck|cracked)\\b");

  private TurnComplexity() {}

  static Optional<String> reason(String utterance, boolean verificationFailed) {
    String text = utterance.toLowerCase(Locale.ROOT);
    if (verificationFailed) {
      return Optional.of("after failed verification");
    }
    if (SPACES.split(text).length > LONG_WORDS) {
      return Optional.of("long utterance");
    }
    if (POLICY.matcher(text).find()) {
      return Optional.of("lease or policy question");
    }
    if (DISPUTE.matcher(text).find()) {
      return Optional.of("dispute");
    }
    if (ISSUE.matcher(text).results().count() >= 2) {
      return Optional.of("several issues in one turn");
    }
    return Optional.empty();
  }
}
