package app.chris.core.address;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Unit names a caller said, best first: after a unit word ("unit 1 b" gives "1b" then "1"), then bare
 * letter-and-digit names ("in 2B", "1-B"). Tokens in {@code taken} (street numbers and names) are skipped.
 */
final class UnitMentions {
  private UnitMentions() {}

  static List<String> find(List<String> tokens, Set<Integer> taken) {
    List<String> marked = new ArrayList<>();
    List<String> bare = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      if (taken.contains(i)) {
        continue;
      }
      if (tokens.get(i).equals("unit")) {
        afterMarker(tokens, i + 1, taken, marked);
      } else if (i == 0 || !tokens.get(i - 1).equals("unit")) {
        bare(tokens, i, taken, bare);
      }
    }
    marked.addAll(bare);
    return marked;
  }

  private static void afterMarker(List<String> tokens, int i, Set<Integer> taken, List<String> out) {
    if (i >= tokens.size() || taken.contains(i) || tokens.get(i).equals(AddressNormalizer.BREAK)) {
      return;
    }
    String first = tokens.get(i);
    String second = i + 1 < tokens.size() && !taken.contains(i + 1) ? tokens.get(i + 1) : "";
    boolean pairs = (AddressNormalizer.isNumber(first) && isLetter(second))
        || (isLetter(first) && AddressNormalizer.isNumber(second));
    if (pairs) {
      out.add(first + second);
    }
    out.add(first);
  }

  private static void bare(List<String> tokens, int i, Set<Integer> taken, List<String> out) {
    String token = tokens.get(i);
    if (isMixed(token) && !isStreetOrdinal(token)) {
      out.add(token);
    } else if (AddressNormalizer.isNumber(token) && i + 1 < tokens.size() && !taken.contains(i + 1)
        && isLetter(tokens.get(i + 1))) {
      out.add(token + tokens.get(i + 1));
    }
  }

  static boolean isLetter(String token) {
    return token.length() == 1 && token.charAt(0) >= 'a' && token.charAt(0) <= 'z';
  }

  /** "2b", "b12": short, letters and digits both. */
  private static boolean isMixed(String token) {
    boolean digit = false;
    boolean letter = false;
    for (int i = 0; i < token.length(); i++) {
      char c = token.charAt(i);
      digit |= c >= '0' && c <= '9';
      letter |= c >= 'a' && c <= 'z';
    }
    return token.length() >= 2 && token.length() <= 6 && digit && letter;
  }

  /** "5th", "21st": a numbered street, not a unit. */
  private static boolean isStreetOrdinal(String token) {
    int split = 0;
    while (split < token.length() && Character.isDigit(token.charAt(split))) {
      split++;
    }
    String rest = token.substring(split);
    return split > 0 && (rest.equals("st") || rest.equals("nd") || rest.equals("rd") || rest.equals("th"));
  }
}
