package app.chris.core.address;

import java.util.Map;

/** The English number vocabulary callers use for street and unit numbers. */
final class NumberWords {
  static final Map<String, Integer> DIGITS = Map.of(
      "zero", 0, "one", 1, "two", 2, "three", 3, "four", 4,
      "five", 5, "six", 6, "seven", 7, "eight", 8, "nine", 9);
  static final Map<String, Integer> TEENS = Map.of(
      "ten", 10, "eleven", 11, "twelve", 12, "thirteen", 13, "fourteen", 14,
      "fifteen", 15, "sixteen", 16, "seventeen", 17, "eighteen", 18, "nineteen", 19);
  static final Map<String, Integer> TENS = Map.of(
      "twenty", 20, "thirty", 30, "forty", 40, "fourty", 40, "fifty", 50,
      "sixty", 60, "seventy", 70, "eighty", 80, "ninety", 90);
  static final Map<String, Integer> MULTIPLIERS = Map.of("hundred", 100, "thousand", 1000);
  static final Map<String, Integer> ORDINALS = Map.ofEntries(
      Map.entry("first", 1), Map.entry("second", 2), Map.entry("third", 3), Map.entry("fourth", 4),
      Map.entry("fifth", 5), Map.entry("sixth", 6), Map.entry("seventh", 7), Map.entry("eighth", 8),
      Map.entry("ninth", 9), Map.entry("tenth", 10), Map.entry("eleventh", 11), Map.entry("twelfth", 12),
      Map.entry("thirteenth", 13), Map.entry("fourteenth", 14), Map.entry("fifteenth", 15),
      Map.entry("sixteenth", 16), Map.entry("seventeenth", 17), Map.entry("eighteenth", 18),
      Map.entry("nineteenth", 19), Map.entry("twentieth", 20), Map.entry("thirtieth", 30),
      Map.entry("fortieth", 40), Map.entry("fiftieth", 50), Map.entry("sixtieth", 60),
      Map.entry("seventieth", 70), Map.entry("eightieth", 80), Map.entry("ninetieth", 90));

  private NumberWords() {}

  static boolean isCounting(String word) {
    return DIGITS.containsKey(word) || TEENS.containsKey(word) || TENS.containsKey(word)
        || MULTIPLIERS.containsKey(word);
  }

  /** "5th", "21st", "112th": the digit form of an ordinal, as street names are written. */
  static String ordinal(int n) {
    int lastTwo = n % 100;
    String suffix;
    if (lastTwo >= 11 && lastTwo <= 13) {
      suffix = "th";
    } else if (n % 10 == 1) {
      suffix = "st";
    } else if (n % 10 == 2) {
      suffix = "nd";
    } else if (n % 10 == 3) {
      suffix = "rd";
    } else {
      suffix = "th";
    }
    return n + suffix;
  }
}
