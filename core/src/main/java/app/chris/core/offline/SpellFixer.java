package app.chris.core.offline;

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

  SpellFixer(Set<String> vocabulary) {
    this.vocabulary = Set.copyOf(vocabulary);
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
    if (token.length() < 4 || vocabulary.contains(token) || !token.chars().allMatch(Character::isLetter)) {
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

  /** Optimal string alignment distance (adjacent transpositions count one edit). */
  static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        int v = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
          v = Math.min(v, d[i - 2][j - 2] + 1);
        }
        d[i][j] = v;
      }
    }
    return d[a.length()][b.length()];
  }
}
