package app.chris.core.offline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Decides a line's needs (with their confidence, most important first) from the nearest-neighbour scores of the whole line and of each clause, then lets the
 * deterministic detectors overrule: a detected emergency always comes first and nothing else is an emergency;
 * a PIN means admin login; "please learn this" makes the rest of the line the fact, not a question.
 */
final class Needs {
  static final double LINE_MIN = 0.30;
  static final double CLAUSE_MIN = 0.50;
  // "How do I get the code for my garage door opener?" asks something; it reports nothing broken.
  private static final java.util.regex.Pattern HOW_QUESTION = java.util.regex.Pattern.compile(
      "(?i)^\\W*(?:how|what|when|where|who|why|which)\\b");

  private Needs() {}

  static Map<Need, Double> decide(IntentClassifier classifier, Function<String, List<String>> tokens, String text,
      List<Clause> clauses, Answer answer, Slots slots, Optional<String> emergency, boolean hasIssue) {
    Map<Need, Double> found = new EnumMap<>(Need.class);
    String target = answer.yesNo() == Answer.YesNo.NONE ? text : answer.rest();
    best(classifier.scores(tokens.apply(target)), LINE_MIN).ifPresent(e -> found.put(e.getKey(), e.getValue()));
    // An address said along the way ("the balance for unit 1B at 120 Maple Court") dilutes the request's words.
    String bare = Addresses.strip(target);
    if (!bare.isBlank() && !bare.equals(target)) {
      best(classifier.scores(tokens.apply(bare)), LINE_MIN).ifPresent(e -> found.merge(e.getKey(), e.getValue(), Math::max));
    }
    if (clauses.size() > 1) {
      for (Clause c : clauses) {
        if (c.concepts().tokens().size() >= 3) {
          best(classifier.scores(c.concepts().tokens()), CLAUSE_MIN)
              .ifPresent(e -> found.merge(e.getKey(), e.getValue(), Math::max));
        }
      }
    }
    if (Teaching.asked(text)) {
      found.clear();
      found.put(Need.TEACH, 1.0);
    }
    if (slots.pin().isPresent()) {
      found.put(Need.ADMIN, 1.5);
    }
    if (Commands.addressed(text)) {
      // Dictated instructions are never read back or saved; a real problem in the same breath still counts.
      found.keySet().removeAll(java.util.Set.of(Need.COMPLAINT, Need.TEACH, Need.BALANCE, Need.INFO));
      if (!hasIssue && emergency.isEmpty()) {
        found.clear();
        found.put(Need.COMMAND, 1.0);
      }
    }
    if (found.remove(Need.EMERGENCY) != null && hasIssue) {
      found.merge(Need.MAINTENANCE, 0.5, Math::max);
    }
    // A line that names a thing in trouble ("I keep seeing cockroaches") and asks nothing else reports it,
    // even when its wording (a name and address around it) is far from every maintenance exemplar.
    if (hasIssue && !HOW_QUESTION.matcher(target).find()
        && found.keySet().stream().allMatch(n -> n == Need.INFO || n == Need.CONFUSED)) {
      found.remove(Need.CONFUSED);
      found.merge(Need.MAINTENANCE, LINE_MIN, Math::max);
    }
    if (emergency.isPresent()) {
      found.remove(Need.MAINTENANCE);
      found.put(Need.EMERGENCY, 2.0);
    }
    if (found.size() > 1) {
      found.remove(Need.INFO);
    }
    List<Need> needs = new ArrayList<>(found.keySet());
    needs.sort(Comparator.comparing((Need n) -> n == Need.GOODBYE).thenComparing(n -> -found.get(n)));
    Map<Need, Double> ordered = new LinkedHashMap<>();
    needs.forEach(n -> ordered.put(n, found.get(n)));
    return ordered;
  }

  private static Optional<Map.Entry<Need, Double>> best(Map<Need, Double> scores, double min) {
    return scores.entrySet().stream().filter(e -> e.getValue() >= min).max(Map.Entry.comparingByValue());
  }
}
