package app.chris.core.offline;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Repairs small typos ("kichen", "cloged", "smel") against the engine's vocabulary with Damerau-Levenshtein
 * distance: one edit for words of four to seven letters, two from eight. Short words, numbers and words already
 * known are left alone, so names and unit numbers pass through. Immutable and thread-safe.
 */
final class SpellFixer {
  private final Set<String> vocabulary;
  private final Map<Integer, List<String>> byLength;

  SpellFixer(Set<String> vocabulary) {
    this.vocabulary = Set.copyOf(vocabulary);
    Map<Integer, List<String>> index = new java.util.HashMap<>();
    for (String w : this.vocabulary) {
      index.computeIfAbsent(w.length(), k -> new ArrayList<>()).add(w);
    }
    index.values().forEach(l -> l.sort(null)); // deterministic tie-break
    this.byLength = Map.copyOf(index);
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
    for (int len = token.length() - budget; len <= token.length() + budget; len++) {
      for (String w : byLength.getOrDefault(len, List.of())) {
        if (w.length() < 4 || (token.length() == 4 && w.charAt(0) != token.charAt(0))) {
          continue;
        }
        int d = distance(token, w, bestDistance);
        if (d < bestDistance) {
          best = w;
          bestDistance = d;
        }
      }
    }
    return best;
  }

  /** Optimal string alignment distance, giving up (returning {@code limit}) once it cannot beat it. */
  static int distance(String a, String b, int limit) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      int rowMin = Integer.MAX_VALUE;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        int v = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
          v = Math.min(v, d[i - 2][j - 2] + 1);
        }
        d[i][j] = v;
        rowMin = Math.min(rowMin, v);
      }
      if (rowMin >= limit) {
        return limit;
      }
    }
    return d[a.length()][b.length()];
  }
}
