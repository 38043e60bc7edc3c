package app.chris.core.address;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Turns numbers spoken as words into digits the way callers say addresses: "one twenty" and "one two zero" are
 * 120, "twelve hundred" 1200, "a hundred and twelve" 112, "twenty-one" 21, "fifth" 5th. Stateless, thread-safe.
 */
public final class SpokenNumbers {
  private SpokenNumbers() {}

  /** Replaces every spoken number in {@code text} by digits ("one twenty Maple" gives "120 maple"). */
  public static String digitize(String text) {
    String[] words = text.toLowerCase(Locale.ROOT).replace('-', ' ').trim().split("\\s+");
    return String.join(" ", digitize(Arrays.asList(words)));
  }

  /** Same as {@link #digitize(String)} over lower-case words; any other token (e.g. ",") ends a number. */
  public static List<String> digitize(List<String> words) {
    List<String> out = new ArrayList<>(words.size());
    int i = 0;
    while (i < words.size()) {
      String word = words.get(i);
      if (startsNumber(words, i)) {
        int end = runEnd(words, i);
        if (end == i + 1 && NumberWords.TENS.containsKey(word) && end < words.size()
            && NumberWords.ORDINALS.getOrDefault(words.get(end), 10) < 10) {
          // "twenty fifth" is one ordinal (25th), not 20 followed by 5th.
          out.add(NumberWords.ordinal(NumberWords.TENS.get(word) + NumberWords.ORDINALS.get(words.get(end))));
          i = end + 1;
          continue;
        }
        out.addAll(parseRun(words.subList(i, end)));
        i = end;
      } else {
        Integer ordinal = NumberWords.ORDINALS.get(word);
        out.add(ordinal == null ? word : NumberWords.ordinal(ordinal));
        i++;
      }
    }
    return out;
  }

  private static boolean startsNumber(List<String> words, int i) {
    String word = words.get(i);
    return NumberWords.isCounting(word) || (word.equals("a") && nextIsMultiplier(words, i));
  }

  private static int runEnd(List<String> words, int start) {
    int i = start + 1;
    while (i < words.size()) {
      String word = words.get(i);
      boolean nextCounts = i + 1 < words.size() && NumberWords.isCounting(words.get(i + 1));
      boolean joins = NumberWords.isCounting(word)
          || (word.equals("oh") && nextCounts)
          || (word.equals("and") && nextCounts && NumberWords.MULTIPLIERS.containsKey(words.get(i - 1)))
          || (word.equals("a") && nextIsMultiplier(words, i));
      if (!joins) {
        break;
      }
      i++;
    }
    return i;
  }

  private static boolean nextIsMultiplier(List<String> words, int i) {
    return i + 1 < words.size() && NumberWords.MULTIPLIERS.containsKey(words.get(i + 1));
  }

  /**
   * Pieces split where a word cannot extend the number so far ("one" then "twenty"). Without "hundred" or
   * "thousand" the pieces are said digit groups and join into one number (120); with them they stay apart.
   */
  private static List<String> parseRun(List<String> run) {
    NumberRun number = new NumberRun();
    for (String word : run) {
      if (!word.equals("a") && !word.equals("and")) {
        number.add(word);
      }
    }
    List<String> pieces = number.pieces();
    return number.multiplied() ? pieces : List.of(String.join("", pieces));
  }

}
