package app.chris.core.address;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Unit names a caller said, best first: after a unit word ("unit 1 b" gives "1b" then "1"), then bare
 * letter-and-digit names ("in 2B", "1-B"). Tokens in {@code taken} (street numbers and names) are skipped.
 */
final class UnitMentions {
  private static final Pattern LETTER = Pattern.compile("[a-z]");
  private static final Pattern MIXED = Pattern.compile("(?=.*\\d)(?=.*[a-z])[a-z0-9]{2,6}");
  private static final Pattern STREET_ORDINAL = Pattern.compile("\\d+(st|nd|rd|th)");

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
    boolean pairs = (AddressNormalizer.isNumber(first) && LETTER.matcher(second).matches())
        || (LETTER.matcher(first).matches() && AddressNormalizer.isNumber(second));
    if (pairs) {
      out.add(first + second);
    }
    out.add(first);
  }

  private static void bare(List<String> tokens, int i, Set<Integer> taken, List<String> out) {
    String token = tokens.get(i);
    if (MIXED.matcher(token).matches() && !STREET_ORDINAL.matcher(token).matches()) {
      out.add(token);
    } else if (AddressNormalizer.isNumber(token) && i + 1 < tokens.size() && !taken.contains(i + 1)
        && LETTER.matcher(tokens.get(i + 1)).matches()) {
      out.add(token + tokens.get(i + 1));
    }
  }
}
