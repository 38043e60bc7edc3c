package app.chris.core.address;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reduces what a caller said to canonical lower-case tokens: numbers as digits, suffixes and directions as USPS
 * abbreviations ("Court" -> "ct"), every unit word as "unit", clause breaks as ",". Stateless, thread-safe.
 */
final class AddressNormalizer {
  static final String BREAK = ",";

  private AddressNormalizer() {}

  static List<String> tokens(String text) {
    String s = text.toLowerCase(Locale.ROOT);
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        word.append(c);
      } else if (c == '\'' || c == '\u2019' || c == '`' || (c == ',' && isThousandsComma(s, i))) {
        continue; // "it's" is one word; "1,200" one number
      } else {
        flush(word, words);
        if (c == ',' || c == ';' || c == ':' || c == '!' || c == '?') {
          words.add(BREAK);
        } else if (c == '#') {
          words.add("#");
        }
      }
    }
    flush(word, words);
    return canonicalize(joinSpacedDigits(SpokenNumbers.digitize(words)));
  }

  /** Speech recognisers write "one two zero" as "1 2 0"; two or more lone digits are one number. */
  private static List<String> joinSpacedDigits(List<String> words) {
    List<String> out = new ArrayList<>(words.size());
    int i = 0;
    while (i < words.size()) {
      int j = i;
      StringBuilder digits = new StringBuilder();
      while (j < words.size() && words.get(j).length() == 1 && Character.isDigit(words.get(j).charAt(0))) {
        digits.append(words.get(j++));
      }
      if (j - i >= 2) {
        out.add(digits.toString());
        i = j;
      } else {
        out.add(words.get(i++));
      }
    }
    return out;
  }

  private static void flush(StringBuilder word, List<String> words) {
    if (word.length() > 0) {
      String w = word.toString();
      if (!StreetWords.FILLER.contains(w)) {
        words.add(w);
      }
      word.setLength(0);
    }
  }

  private static boolean isThousandsComma(String s, int i) {
    if (i == 0 || i + 3 >= s.length() + 1 || !Character.isDigit(s.charAt(i - 1))) {
      return false;
    }
    for (int k = i + 1; k <= i + 3; k++) {
      if (k >= s.length() || !Character.isDigit(s.charAt(k))) {
        return false;
      }
    }
    return i + 4 >= s.length() || !Character.isDigit(s.charAt(i + 4));
  }

  /** The tokens as one readable line ("122 maple ct, unit 1b"). */
  static String text(List<String> tokens) {
    return String.join(" ", tokens).replace(" ,", ",");
  }

  static boolean isNumber(String token) {
    if (token.isEmpty()) {
      return false;
    }
    for (int i = 0; i < token.length(); i++) {
      if (!Character.isDigit(token.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static List<String> canonicalize(List<String> words) {
    List<String> out = new ArrayList<>(words.size());
    for (int i = 0; i < words.size(); i++) {
      String word = words.get(i);
      if (word.equals(BREAK)) {
        if (!out.isEmpty() && !out.get(out.size() - 1).equals(BREAK)) {
          out.add(BREAK);
        }
      } else if (isUnitMarker(word, i + 1 < words.size() ? words.get(i + 1) : "")) {
        out.add("unit");
      } else {
        out.add(StreetWords.CANONICAL.getOrDefault(word, word));
      }
    }
    if (!out.isEmpty() && out.get(out.size() - 1).equals(BREAK)) {
      out.remove(out.size() - 1);
    }
    return out;
  }

  /** "number" is a unit word only before a number ("number 4"), not in "my number is ...". */
  private static boolean isUnitMarker(String word, String next) {
    if (word.equals("number") || word.equals("num")) {
      return !next.isEmpty() && Character.isDigit(next.charAt(0));
    }
    return StreetWords.UNIT_MARKERS.contains(word);
  }
}
