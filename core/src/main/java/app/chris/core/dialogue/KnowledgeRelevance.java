package app.chris.core.dialogue;

import java.util.Set;
import java.util.stream.Collectors;

/**
 * When a fact really answers a question: it must share one of the question's topic words. A shared generic word
 * ("deposit", "fee", "need") or a place name is not enough, or "how do I get my deposit back?" hears the pet
 * deposit rule: an invented answer to the caller. Unanswered questions go to the office instead. Stateless.
 */
final class KnowledgeRelevance {
  /**
   * Words that qualify many different things (a pet deposit is not a security deposit, a late fee is not an
   * application fee, move-in is not moving out, "next month" is not rent's "1st of the month", "I am" is not
   * "9:00 AM") or carry no topic at all; they rank answers but never make one.
   */
  private static final Set<String> GENERIC = Set.of("deposit", "fee", "need", "move", "moving", "out", "back",
      "month", "week", "year", "next", "end", "am", "i'm", "what's", "where's", "when's", "how's", "there's",
      "it's", "i'd", "i've", "we're", "get", "got", "go", "make", "thing", "thank", "thanks", "question", "should",
      "let", "help", "info", "information");

  private KnowledgeRelevance() {}

  /** The question's words that say what it is about: not generic words, not where ("Maple Court"). */
  static Set<String> topic(Set<String> asked, Set<String> placeWords) {
    return asked.stream().filter(w -> !GENERIC.contains(w) && !placeWords.contains(w)).collect(Collectors.toSet());
  }

  /** A fact answers only when it names at least one of the question's topic words. */
  static boolean answers(Set<String> topic, Set<String> factWords) {
    return WordOverlap.shared(topic, factWords) >= 1;
  }
}
