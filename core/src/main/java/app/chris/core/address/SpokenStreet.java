package app.chris.core.address;

import java.util.Locale;

/** Reads a written street aloud: "120 Maple Ct" becomes "120 Maple Court", "N Main St" "North Main Street". */
final class SpokenStreet {
  private SpokenStreet() {}

  static String of(String written) {
    String[] words = written.trim().split("[\\s,]+");
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < words.length; i++) {
      String word = words[i].replaceAll("\\.$", "");
      String canonical = StreetWords.CANONICAL.getOrDefault(word.toLowerCase(Locale.ROOT),
          word.toLowerCase(Locale.ROOT));
      boolean last = i == words.length - 1 && i > 0;
      boolean leadingDirection = i < words.length - 2 && (i == 0 || (i == 1 && isDigits(words[0])));
      if (last && StreetWords.SUFFIX_SPOKEN.containsKey(canonical)) {
        word = StreetWords.SUFFIX_SPOKEN.get(canonical);
      } else if (leadingDirection && StreetWords.DIRECTION_SPOKEN.containsKey(canonical)) {
        word = StreetWords.DIRECTION_SPOKEN.get(canonical);
      }
      out.append(i == 0 ? "" : " ").append(word);
    }
    return out.toString();
  }

  private static boolean isDigits(String word) {
    return AddressNormalizer.isNumber(word);
  }
}
