package app.chris.core.offline;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads spoken numbers as digits the way callers say them: "one twenty" is 120 (house numbers), "six three oh"
 * is 630 (phone numbers), "twelve hundred" is 1200, "twenty one" is 21, "double five" is 55. Stateless.
 */
final class NumberWords {
  private static final Map<String, Integer> UNITS = Map.ofEntries(
      Map.entry("zero", 0), Map.entry("oh", 0), Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3),
      Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
      Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11),
      Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14), Map.entry("fifteen", 15),
      Map.entry("sixteen", 16), Map.entry("seventeen", 17), Map.entry("eighteen", 18), Map.entry("nineteen", 19));
  private static final Map<String, Integer> TENS = Map.of("twenty", 20, "thirty", 30, "forty", 40, "fifty", 50,
      "sixty", 60, "seventy", 70, "eighty", 80, "ninety", 90);
  // "that one", "no one", "one of them": the word, not the number.
  private static final Set<String> ONE_PRONOUN_BEFORE = Set.of("that", "this", "which", "the", "no", "any",
      "every", "some", "each", "another", "other", "someone", "anyone");
  private static final Set<String> ONE_PRONOUN_AFTER = Set.of("of", "more", "thing", "another", "day", "sec",
      "second", "moment", "minute");

  private static final Set<String> COUNTED = Set.of("bedroom", "bedrooms", "bed", "beds", "bath", "baths",
      "bathroom", "bathrooms", "br", "bdrm", "story", "car");

  private NumberWords() {}

  /** The tokens with every run of number words replaced by one digit token. */
  static List<String> digitize(List<String> tokens) {
    List<String> out = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      int end = runEnd(tokens, i);
      if (end == i) {
        out.add(tokens.get(i++));
      } else {
        out.add(read(tokens.subList(i, end)));
        i = end;
      }
    }
    return out;
  }

  static int runEnd(List<String> tokens, int start) {
    int end = start;
    while (end < tokens.size() && isNumberWord(tokens, end, end > start)) {
      end++;
    }
    if (end - start == 1 && !standsAlone(tokens, start)) {
      return start;
    }
    return end;
  }

  private static boolean isNumberWord(List<String> tokens, int i, boolean inRun) {
    String t = tokens.get(i);
    if (t.equals("oh") || t.equals("o")) {
      return inRun || (i + 1 < tokens.size() && (UNITS.containsKey(tokens.get(i + 1)) && !tokens.get(i + 1).equals("oh")));
    }
    if (t.equals("hundred") || t.equals("thousand")) {
      return inRun;
    }
    if (t.equals("and")) {
      return inRun && tokens.get(i - 1).equals("hundred") && i + 1 < tokens.size() && isValue(tokens.get(i + 1));
    }
    if (t.equals("double")) {
      return i + 1 < tokens.size() && UNITS.containsKey(tokens.get(i + 1));
    }
    return isValue(t);
  }

  private static boolean isValue(String t) {
    return UNITS.containsKey(t) && !t.equals("oh") || TENS.containsKey(t);
  }

  private static boolean standsAlone(List<String> tokens, int i) {
    String t = tokens.get(i);
    if (t.equals("oh") || t.equals("o") || t.equals("double")) {
      return false;
    }
    if (!t.equals("one")) {
      return true;
    }
    if (i + 1 < tokens.size() && COUNTED.contains(tokens.get(i + 1))) {
      return true; // "any one bedroom": a count, whatever comes before it
    }
    boolean before = i > 0 && ONE_PRONOUN_BEFORE.contains(tokens.get(i - 1));
    boolean after = i + 1 < tokens.size() && ONE_PRONOUN_AFTER.contains(tokens.get(i + 1));
    return !before && !after;
  }

  static String read(List<String> run) {
    StringBuilder digits = new StringBuilder();
    int i = 0;
    while (i < run.size()) {
      String t = run.get(i);
      if (t.equals("double") && i + 1 < run.size()) {
        String d = String.valueOf(UNITS.get(run.get(i + 1)));
        digits.append(d).append(d);
        i += 2;
      } else if (TENS.containsKey(t)) {
        int v = TENS.get(t);
        i++;
        if (i < run.size() && unitDigit(run.get(i))) {
          v += UNITS.get(run.get(i++));
        }
        digits.append(v);
      } else if (UNITS.containsKey(t)) {
        i = readHundreds(run, i, digits);
      } else {
        i++; // a stray "and"/"hundred"
      }
    }
    return digits.toString();
  }

  private static int readHundreds(List<String> run, int i, StringBuilder digits) {
    int v = UNITS.get(run.get(i++));
    boolean big = false;
    while (i < run.size() && (run.get(i).equals("hundred") || run.get(i).equals("thousand"))) {
      v *= run.get(i++).equals("hundred") ? 100 : 1000;
      big = true;
    }
    if (big) {
      if (i < run.size() && run.get(i).equals("and")) {
        i++;
      }
      if (i < run.size() && TENS.containsKey(run.get(i))) {
        v += TENS.get(run.get(i++));
        if (i < run.size() && unitDigit(run.get(i))) {
          v += UNITS.get(run.get(i++));
        }
      } else if (i < run.size() && UNITS.containsKey(run.get(i)) && !run.get(i).equals("oh")) {
        v += UNITS.get(run.get(i++));
      }
    }
    digits.append(v);
    return i;
  }

  private static boolean unitDigit(String t) {
    Integer v = UNITS.get(t);
    return v != null && v >= 1 && v <= 9 && !t.equals("oh");
  }
}
