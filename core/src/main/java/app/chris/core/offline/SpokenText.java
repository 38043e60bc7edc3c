package app.chris.core.offline;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** {@link NumberWords} over running text, keeping the caller's case and punctuation. Stateless. */
final class SpokenText {
  private static final Pattern NON_ALNUM = Pattern.compile("[^A-Za-z0-9]");
  private static final Pattern TRAILING = Pattern.compile("^.*?([^A-Za-z0-9]*)$");
  private static final Pattern ENDS_ALNUM = Pattern.compile(".*[A-Za-z0-9]$");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private SpokenText() {}

  /**
   * The same for running text with its case and punctuation kept: "one twenty Maple Court, unit one B" becomes
   * "120 Maple Court, unit 1 B". Used before the extractors that read the original wording.
   */
  static String digitize(String text) {
    String[] parts = SPACES.split(text.strip());
    List<String> words = new ArrayList<>();
    for (String p : parts) {
      words.add(NON_ALNUM.matcher(p).replaceAll("").toLowerCase(Locale.ROOT));
    }
    StringBuilder out = new StringBuilder();
    int i = 0;
    while (i < parts.length) {
      int end = runEndWithinPunctuation(parts, words, i);
      String piece;
      if (end == i) {
        piece = parts[i++];
      } else {
        piece = NumberWords.read(words.subList(i, end)) + TRAILING.matcher(parts[end - 1]).replaceAll("$1");
        i = end;
      }
      out.append(out.length() == 0 ? "" : " ").append(piece);
    }
    return out.toString();
  }

  // A run of number words stops after a word followed by punctuation ("one, two" are separate answers).
  private static int runEndWithinPunctuation(String[] parts, List<String> words, int start) {
    int end = NumberWords.runEnd(words, start);
    for (int k = start; k < end - 1; k++) {
      if (!ENDS_ALNUM.matcher(parts[k]).matches()) {
        return NumberWords.runEnd(words.subList(0, k + 1), start) == start ? start : k + 1;
      }
    }
    return end;
  }
}
