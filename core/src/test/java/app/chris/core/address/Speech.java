package app.chris.core.address;

import java.util.List;

/** How callers say numbers and unit names aloud, to generate test utterances. */
final class Speech {
  private static final List<String> ONES = List.of("zero", "one", "two", "three", "four", "five", "six",
      "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
      "seventeen", "eighteen", "nineteen");
  private static final List<String> TENS = List.of("", "", "twenty", "thirty", "forty", "fifty", "sixty",
      "seventy", "eighty", "ninety");

  private Speech() {}

  /** "one thousand two hundred thirty-four"; with {@code and}: "one hundred and twelve". */
  static String cardinal(int n, boolean and) {
    StringBuilder out = new StringBuilder();
    if (n >= 1000) {
      out.append(below100(n / 1000)).append(" thousand");
    }
    if (n % 1000 >= 100) {
      out.append(out.length() > 0 ? " " : "").append(ONES.get(n % 1000 / 100)).append(" hundred");
    }
    if (n % 100 != 0 || n == 0) {
      out.append(out.length() > 0 ? (and ? " and " : " ") : "").append(below100(n % 100));
    }
    return out.toString();
  }

  /** Street-number style: 120 "one twenty", 1205 "twelve oh five", 1200 "twelve hundred". */
  static String paired(int n) {
    if (n < 100) {
      return below100(n);
    }
    int head = n / 100;
    int tail = n % 100;
    String rest = tail == 0 ? "hundred" : tail < 10 ? "oh " + ONES.get(tail) : below100(tail);
    return below100(head) + " " + rest;
  }

  /** "one two zero". */
  static String digits(int n) {
    StringBuilder out = new StringBuilder();
    for (char c : Integer.toString(n).toCharArray()) {
      out.append(out.length() > 0 ? " " : "").append(ONES.get(c - '0'));
    }
    return out.toString();
  }

  /** "1A" as "one a", "101" as "one oh one", "B" as "b". */
  static String unitWords(String name) {
    String digits = name.replaceAll("[^0-9]", "");
    String letters = name.replaceAll("[0-9]", "").toLowerCase();
    String spoken = digits.isEmpty() ? "" : paired(Integer.parseInt(digits));
    return (spoken + " " + letters).trim();
  }

  private static String below100(int n) {
    if (n < 20) {
      return ONES.get(n);
    }
    return TENS.get(n / 10) + (n % 10 == 0 ? "" : "-" + ONES.get(n % 10));
  }
}
