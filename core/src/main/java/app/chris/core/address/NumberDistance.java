package app.chris.core.address;

/**
 * How far a heard street number is from a real one, in digits and in value together: for 122, 120 (one digit,
 * close in value) beats 1200 (two digit edits, far in value); for 1210, 1200 beats 120.
 */
final class NumberDistance {
  private static final int MAX_DIGITS = 15;

  private NumberDistance() {}

  /** The distance, or a negative value when the numbers are too far apart to propose. */
  static double between(String heard, String real) {
    int edits = FuzzyWords.distance(heard, real);
    double relative = relative(heard, real);
    if (edits > 2 && relative > 0.25) {
      return -1;
    }
    return edits + 2 * relative;
  }

  private static double relative(String heard, String real) {
    if (heard.length() > MAX_DIGITS || real.length() > MAX_DIGITS) {
      return 1;
    }
    long a = Long.parseLong(heard);
    long b = Long.parseLong(real);
    long max = Math.max(a, b);
    return max == 0 ? 0 : (double) Math.abs(a - b) / max;
  }
}
