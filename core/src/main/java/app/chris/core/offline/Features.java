package app.chris.core.offline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Sparse features of a token list for nearest-neighbour matching: lexicon concepts (weighted most, they carry
 * paraphrase), word stems, and bigrams over the concept-abstracted sequence (so "not working" differs from
 * "working"). Immutable and thread-safe.
 */
final class Features {
  private static final Set<String> FILLER = Set.of("the", "a", "an", "um", "uh", "so", "just", "like", "really",
      "very", "oh", "well", "hmm", "actually", "also", "and", "please");
  private final Lexicon lexicon;

  Features(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  Map<String, Double> of(List<String> tokens) {
    Map<String, Double> f = new HashMap<>();
    List<Mention> mentions = lexicon.mentions(tokens);
    String[] symbols = new String[tokens.size()];
    for (Mention m : mentions) {
      f.merge(m.feature(), 2.0, Double::sum);
      for (int i = m.start(); i < m.end(); i++) {
        symbols[i] = m.feature();
      }
    }
    List<String> sequence = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      String word = tokens.get(i);
      if (FILLER.contains(word)) {
        continue;
      }
      String stem = word.chars().anyMatch(Character::isDigit) ? "#num" : stem(word);
      f.merge("w:" + stem, symbols[i] == null ? 1.0 : 0.5, Double::sum);
      String symbol = symbols[i] == null ? stem : symbols[i];
      if (sequence.isEmpty() || !sequence.get(sequence.size() - 1).equals(symbol)) {
        sequence.add(symbol);
      }
    }
    for (int i = 0; i + 1 < sequence.size(); i++) {
      f.merge("b:" + sequence.get(i) + "_" + sequence.get(i + 1), 1.0, Double::sum);
    }
    return f;
  }

  static String stem(String w) {
    if (w.length() > 5 && w.endsWith("ing")) {
      return w.substring(0, w.length() - 3);
    }
    if (w.length() > 4 && w.endsWith("ed")) {
      return w.substring(0, w.length() - 2);
    }
    if (w.length() > 4 && w.endsWith("es")) {
      return w.substring(0, w.length() - 2);
    }
    if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss")) {
      return w.substring(0, w.length() - 1);
    }
    return w;
  }
}
