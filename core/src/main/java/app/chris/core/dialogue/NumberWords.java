package app.chris.core.dialogue;

/** Whole numbers in words ("one hundred twenty five"), for spotting spoken amounts. Stateless. */
final class NumberWords {
  private static final String[] SMALL = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight",
      "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
      "nineteen"};
  private static final String[] TENS = {"", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty",
      "ninety"};

  private NumberWords() {}

  static String of(int n) {
    if (n < 0) {
      return "minus " + of(-n);
    }
    if (n < 20) {
      return SMALL[n];
    }
    if (n < 100) {
      return TENS[n / 10] + (n % 10 == 0 ? "" : " " + SMALL[n % 10]);
    }
    if (n < 1000) {
      return SMALL[n / 100] + " hundred" + (n % 100 == 0 ? "" : " " + of(n % 100));
    }
    if (n < 1_000_000) {
      return of(n / 1000) + " thousand" + (n % 1000 == 0 ? "" : " " + of(n % 1000));
    }
    return String.valueOf(n);
  }
}
