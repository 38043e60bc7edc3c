package app.chris.core.address;

import app.chris.core.text.EditDistance;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds portfolio words within a small edit distance of a heard word ("mapel" -> "maple") without scanning every
 * word: a symmetric-deletion index (SymSpell), so a lookup costs a few hash probes. Immutable, thread-safe.
 */
final class FuzzyWords {
  private static final int MIN_LENGTH = 4;
  private final Map<String, List<String>> byDeletion = new HashMap<>();
  private int longest;

  FuzzyWords(Collection<String> words) {
    for (String word : new HashSet<>(words)) {
      if (fuzzable(word)) {
        longest = Math.max(longest, word.length());
        for (String deletion : deletions(word, maxEdits(word))) {
          byDeletion.computeIfAbsent(deletion, k -> new ArrayList<>()).add(word);
        }
      }
    }
  }

  /** Portfolio words near {@code heard}, excluding an exact match (callers look that up directly). */
  List<String> near(String heard) {
    // A word longer than any known one plus the edits allowed matches nothing; its deletions would cost n^2 strings
    // (a 60,000-letter "word" typed into a test call ran the server out of memory).
    if (!fuzzable(heard) || heard.length() > longest + maxEdits(heard)) {
      return List.of();
    }
    Set<String> found = new LinkedHashSet<>();
    for (String deletion : deletions(heard, maxEdits(heard))) {
      for (String word : byDeletion.getOrDefault(deletion, List.of())) {
        if (!word.equals(heard) && distance(heard, word) <= maxEdits(word)) {
          found.add(word);
        }
      }
    }
    return List.copyOf(found);
  }

  /** Longer words tolerate two slips, short ones one; words under four letters must be exact. */
  static int maxEdits(String word) {
    return word.length() >= 8 ? 2 : 1;
  }

  private static boolean fuzzable(String word) {
    if (word.length() < MIN_LENGTH) {
      return false;
    }
    for (int i = 0; i < word.length(); i++) {
      if (!Character.isLetter(word.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** The word and every string made by deleting up to {@code edits} letters (duplicates are harmless). */
  private static List<String> deletions(String word, int edits) {
    List<String> out = new ArrayList<>();
    out.add(word);
    int from = 0;
    for (int e = 0; e < edits; e++) {
      int to = out.size();
      for (int k = from; k < to; k++) {
        String w = out.get(k);
        for (int i = 0; i < w.length(); i++) {
          out.add(w.substring(0, i) + w.substring(i + 1));
        }
      }
      from = to;
    }
    return out;
  }

  static int distance(String a, String b) {
    return EditDistance.osa(a, b);
  }
}
