package app.chris.core.offline;

import app.chris.core.text.EditDistance;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Repairs small typos ("kichen", "cloged", "smel") against the engine's vocabulary with Damerau-Levenshtein
 * distance: one edit for words of four to seven letters, two from eight. Short words, numbers and words already
 * known are left alone, so names and unit numbers pass through. Candidates come from a deletion index (SymSpell),
 * so a lookup costs microseconds. Immutable and thread-safe.
 */
final class SpellFixer {
  private final Set<String> vocabulary;
  private final Map<String, List<String>> byDeletion;
  private final int longest;

  SpellFixer(Set<String> vocabulary) {
    this.vocabulary = Set.copyOf(vocabulary);
    this.longest = vocabulary.stream().mapToInt(String::length).max().orElse(0);
    Map<String, List<String>> index = new HashMap<>();
    for (String w : new TreeSet<>(this.vocabulary)) { // sorted: deterministic tie-break
      if (w.length() >= 4) {
        for (String d : deletions(w, 2)) {
          index.computeIfAbsent(d, k -> new ArrayList<>()).add(w);
        }
      }
    }
    this.byDeletion = Map.copyOf(index);
  }

  List<String> fix(List<String> tokens) {
    List<String> out = new ArrayList<>(tokens.size());
    for (String t : tokens) {
      out.add(fix(t));
    }
    return out;
  }

  String fix(String token) {
    // Past the longest known word plus two edits nothing can match, and deletions would cost n^2 strings.
    if (token.length() < 4 || token.length() > longest + 2 || vocabulary.contains(token)
        || !token.chars().allMatch(Character::isLetter)) {
      return token;
    }
    int budget = token.length() >= 8 ? 2 : 1;
    String best = token;
    int bestDistance = budget + 1;
    for (String d : deletions(token, budget)) {
      for (String w : byDeletion.getOrDefault(d, List.of())) {
        if (token.length() == 4 && w.charAt(0) != token.charAt(0)) {
          continue;
        }
        int dist = distance(token, w);
        if (dist < bestDistance || dist == bestDistance && w.compareTo(best) < 0 && !best.equals(token)) {
          best = w;
          bestDistance = dist;
        }
      }
    }
    return bestDistance <= budget ? best : token;
  }

  /** The word itself and every string made by deleting up to {@code max} letters. */
  private static Set<String> deletions(String word, int max) {
    Set<String> out = new HashSet<>();
    out.add(word);
    Set<String> frontier = Set.of(word);
    for (int round = 0; round < max; round++) {
      Set<String> next = new HashSet<>();
      for (String w : frontier) {
        for (int i = 0; i < w.length(); i++) {
          next.add(w.substring(0, i) + w.substring(i + 1));
        }
      }
      out.addAll(next);
      frontier = next;
    }
    return out;
  }

  static int distance(String a, String b) {
    return EditDistance.osa(a, b);
  }
}
