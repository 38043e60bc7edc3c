package app.chris.core.offline;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/** One clause (or line) as the detectors see it: cleaned tokens and the lexicon concepts found in them. */
record Concepts(List<String> tokens, List<Mention> mentions) {
  Concepts {
    tokens = List.copyOf(tokens);
    mentions = List.copyOf(mentions);
    Objects.requireNonNull(tokens, "tokens");
  }

  /** Whether the concept is present and not negated. */
  boolean has(String concept) {
    return mentions.stream().anyMatch(m -> m.concept().equals(concept) && !m.negated());
  }

  boolean hasNegated(String concept) {
    return mentions.stream().anyMatch(m -> m.concept().equals(concept) && m.negated());
  }

  boolean hasAny(String... concepts) {
    for (String c : concepts) {
      if (has(c)) {
        return true;
      }
    }
    return false;
  }

  boolean hasWord(Set<String> words) {
    return tokens.stream().anyMatch(words::contains);
  }

  boolean hasWord(String word) {
    return tokens.contains(word);
  }

  /** Whether the words occur in this order, next to each other. */
  boolean hasPhrase(String phrase) {
    return (" " + String.join(" ", tokens) + " ").contains(" " + phrase + " ");
  }
}
