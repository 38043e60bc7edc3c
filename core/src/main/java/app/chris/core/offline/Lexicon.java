package app.chris.core.offline;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Concept lexicon (lexicon.txt): maps many surface phrases to one concept so that paraphrases look alike.
 * Longest phrase wins at each position. Immutable and thread-safe.
 */
final class Lexicon {
  private static final Set<String> NEGATORS = Set.of("not", "no", "never", "without", "nobody", "nothing");
  // Conversational moves: "no, that's all" is still "that's all".
  private static final Set<String> NEVER_NEGATED = Set.of("done", "bye", "thanks", "greet", "repeat", "confused",
      "insult", "human", "transfer", "identity", "learn", "admin");
  private final Map<String, List<String>> conceptsByPhrase;
  private final Set<String> words = new HashSet<>();
  private final int longest;

  private Lexicon(Map<String, List<String>> conceptsByPhrase) {
    this.conceptsByPhrase = Map.copyOf(conceptsByPhrase);
    int max = 1;
    for (String phrase : conceptsByPhrase.keySet()) {
      String[] parts = phrase.split(" ");
      words.addAll(Arrays.asList(parts));
      max = Math.max(max, parts.length);
    }
    this.longest = max;
  }

  static Lexicon load() {
    Map<String, List<String>> byPhrase = new HashMap<>();
    for (String line : Resources.lines("lexicon.txt")) {
      int eq = line.indexOf('=');
      String concept = line.substring(0, eq).strip();
      for (String phrase : line.substring(eq + 1).split("\\|")) {
        byPhrase.computeIfAbsent(Normalizer.normalize(phrase), k -> new ArrayList<>()).add(concept);
      }
    }
    return new Lexicon(byPhrase);
  }

  /** Every word the lexicon knows, for typo correction. */
  Set<String> words() {
    return Set.copyOf(words);
  }

  List<Mention> mentions(List<String> tokens) {
    List<Mention> found = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      int matched = 0;
      for (int len = Math.min(longest, tokens.size() - i); len >= 1 && matched == 0; len--) {
        List<String> concepts = conceptsByPhrase.get(String.join(" ", tokens.subList(i, i + len)));
        if (concepts != null) {
          boolean negated = !NEGATORS.contains(tokens.get(i)) && negatedAt(tokens, i);
          for (String concept : concepts) {
            found.add(new Mention(concept, i, i + len, negated && !NEVER_NEGATED.contains(concept)));
          }
          matched = len;
        }
      }
      i += Math.max(1, matched);
    }
    return found;
  }

  // "no gas smell", "I do not smell gas", "never had mice": a negator up to three words before.
  private static boolean negatedAt(List<String> tokens, int i) {
    for (int j = Math.max(0, i - 3); j < i; j++) {
      if (NEGATORS.contains(tokens.get(j))) {
        return true;
      }
    }
    return false;
  }
}
