package app.chris.core.address;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reduces what a caller said to canonical lower-case tokens: numbers as digits, suffixes and directions as USPS
 * abbreviations ("Court" -> "ct"), every unit word as "unit", clause breaks as ",". Stateless, thread-safe.
 */
final class AddressNormalizer {
  static final String BREAK = ",";
  private static final Pattern APOSTROPHE = Pattern.compile("['\u2019`]");
  private static final Pattern THOUSANDS_COMMA = Pattern.compile("(?<=\\d),(?=\\d{3}(?!\\d))");
  private static final Pattern CLAUSE_PUNCTUATION = Pattern.compile("[,;:!?]+");
  private static final Pattern OTHER_PUNCTUATION = Pattern.compile("[^a-z0-9#,]+");

  private AddressNormalizer() {}

  static List<String> tokens(String text) {
    String s = APOSTROPHE.matcher(text.toLowerCase(Locale.ROOT)).replaceAll("");
    s = THOUSANDS_COMMA.matcher(s).replaceAll("");
    s = CLAUSE_PUNCTUATION.matcher(s).replaceAll(" , ");
    s = OTHER_PUNCTUATION.matcher(s.replace("#", " # ")).replaceAll(" ").trim();
    List<String> words = new ArrayList<>();
    for (String word : s.split("\\s+")) {
      if (!word.isEmpty() && !StreetWords.FILLER.contains(word)) {
        words.add(word);
      }
    }
    return canonicalize(SpokenNumbers.digitize(words));
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
