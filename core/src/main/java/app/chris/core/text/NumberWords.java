package app.chris.core.text;

/**
 * English words for numbers the way a person reads them aloud: cardinals, ordinals, digits, house numbers.
 * Shared by speech normalisation and the disclosure guard (which must recognise amounts said in words). Stateless.
 */
public final class NumberWords {
  private static final String[] SMALL = {
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
    "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"
  };
  private static final String[] TENS = {
    "", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"
  };
  private static final String[][] SCALES = {{"billion", "1000000000"}, {"million", "1000000"}, {"thousand", "1000"}};

  private NumberWords() {}

  /** 125 -> "one hundred twenty-five"; 1500000 -> "one million five hundred thousand". */
  public static String cardinal(long n) {
    if (n < 0) {
      return "minus " + cardinal(-n);
    }
    StringBuilder out = new StringBuilder();
    long rest = n;
    for (String[] scale : SCALES) {
      long unit = Long.parseLong(scale[1]);
      if (rest >= unit) {
        append(out, belowThousand((int) Math.min(rest / unit, 999)) + " " + scale[0]);
        rest %= unit;
      }
    }
    if (rest > 0 || out.length() == 0) {
      append(out, belowThousand((int) rest));
    }
    return out.toString();
  }

  private static String belowThousand(int n) {
    if (n >= 100) {
      String hundreds = SMALL[n / 100] + " hundred";
      return n % 100 == 0 ? hundreds : hundreds + " " + belowHundred(n % 100);
    }
    return belowHundred(n);
  }

  private static String belowHundred(int n) {
    if (n < 20) {
      return SMALL[n];
    }
    return n % 10 == 0 ? TENS[n / 10] : TENS[n / 10] + "-" + SMALL[n % 10];
  }

  /** 1 -> "first", 22 -> "twenty-second", 30 -> "thirtieth". */
  public static String ordinal(long n) {
    String words = cardinal(n);
    int cut = Math.max(words.lastIndexOf(' '), words.lastIndexOf('-')) + 1;
    return words.substring(0, cut) + ordinalWord(words.substring(cut));
  }

  private static String ordinalWord(String word) {
    switch (word) {
      case "one": return "first";
      case "two": return "second";
      case "three": return "third";
      case "five": return "fifth";
      case "eight": return "eighth";
      case "nine": return "ninth";
      case "twelve": return "twelfth";
      default:
        return word.endsWith("y") ? word.substring(0, word.length() - 1) + "ieth" : word + "th";
    }
  }

  /** "5551234" -> "five five five one two three four". */
  public static String digits(String digits) {
    StringBuilder out = new StringBuilder();
    for (char c : digits.toCharArray()) {
      if (Character.isDigit(c)) {
        append(out, SMALL[c - '0']);
      }
    }
    return out.toString();
  }

  /** House numbers and years in pairs: 120 -> "one twenty", 1234 -> "twelve thirty-four", 305 -> "three oh five". */
  public static String paired(String number) {
    int n = Integer.parseInt(number);
    if (number.length() > 4 || n < 100 || n % 1000 == 0 || number.startsWith("0")) {
      return number.length() > 4 ? digits(number) : cardinal(n);
    }
    int head = n / 100;
    int tail = n % 100;
    if (tail == 0) {
      return cardinal(head) + " hundred";
    }
    return cardinal(head) + " " + (tail < 10 ? "oh " + SMALL[tail] : belowHundred(tail));
  }

  private static void append(StringBuilder out, String words) {
    if (out.length() > 0) {
      out.append(' ');
    }
    out.append(words);
  }
}
