package app.chris.core.voice;

import app.chris.core.text.NumberWords;
import java.util.regex.MatchResult;

/** Dates as spoken: "March fourteenth" or "March fourteenth, twenty twenty-six". */
final class Dates {
  private static final String[] MONTHS = {
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
    "December"
  };
  static final String MONTH_DAY = "\\b(" + String.join("|", MONTHS) + "|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov"
      + "|Dec)\\.? (\\d{1,2})(?:st|nd|rd|th)?\\b(?:,? (\\d{4})\\b)?";

  private Dates() {}

  static String spoken(int month, int day, String year) {
    String date = MONTHS[month - 1] + " " + NumberWords.ordinal(day);
    return year == null ? date : date + ", " + NumberWords.paired(year);
  }

  static String monthDay(MatchResult m) {
    int day = Integer.parseInt(m.group(2));
    if (day < 1 || day > 31) {
      return m.group();
    }
    return spoken(monthNumber(m.group(1)), day, m.group(3));
  }

  private static int monthNumber(String name) {
    for (int i = 0; i < MONTHS.length; i++) {
      if (MONTHS[i].startsWith(name)) {
        return i + 1;
      }
    }
    throw new IllegalArgumentException("not a month: " + name);
  }
}
