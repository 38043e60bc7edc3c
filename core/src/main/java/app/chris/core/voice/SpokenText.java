package app.chris.core.voice;

import app.chris.core.text.NumberWords;
import java.util.List;
import java.util.function.Function;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rewrites written text the way Chris should say it, because ElevenLabs' Flash models do not normalise numbers:
 * money, phone numbers (digit by digit, in groups), dates, times, street addresses and unit numbers ("1B").
 * Stateless and thread-safe; text without such tokens comes back unchanged.
 */
public final class SpokenText {
  // "Unit 204", "Apt. 3C", "Suite #1200", "Unit 4-B": unit numbers are read like house numbers ("two oh four").
  private static final String UNIT =
      "\\b((?i:unit|apt\\.?|apartment|suite|ste\\.?))\\s+#?(\\d{1,5})(?:-?([A-Za-z]))?\\b";
  private static final List<Rule> RULES = List.of(
      new Rule("\\$(\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.(\\d{1,2}))?(?!\\d)", SpokenText::money),
      new Rule("(?<![\\d$])(?:\\+?1[-. ])?\\(?(\\d{3})\\)?[-. ](\\d{3})[-. ](\\d{4})(?!\\d)", SpokenText::phone),
      new Rule("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b", m -> date(m.group(2), m.group(3), m.group(1))),
      new Rule("\\b(\\d{1,2})/(\\d{1,2})(?:/(\\d{4}))?\\b", m -> date(m.group(1), m.group(2), m.group(3))),
      new Rule(Dates.MONTH_DAY, Dates::monthDay),
      new Rule("\\b(\\d{1,2})(?::(\\d{2}))? ?([aApP])\\.?[mM]\\b(?:(?<=\\.[mM])\\.(?! *$))?", SpokenText::clock),
      new Rule("\\b(\\d{1,2}):(\\d{2})\\b", SpokenText::time),
      new Rule("\\b([A-Z]{2}) (\\d{5})\\b", m -> m.group(1) + " " + NumberWords.digits(m.group(2))),
      new Rule("(?<![\\d-])\\b(\\d{3})-(\\d{4})\\b", m -> NumberWords.digits(m.group(1)) + ", "
          + NumberWords.digits(m.group(2))),
      new Rule("\\b(\\d+(?:\\.\\d+)?)%", m -> m.group(1) + " percent"),
      new Rule(Streets.ADDRESS, Streets::address),
      new Rule(UNIT, SpokenText::unit),
      new Rule("\\b([2-9]11)\\b", m -> NumberWords.digits(m.group(1))),
      new Rule("\\b(\\d+)([A-Za-z])\\b", m -> NumberWords.cardinal(num(m.group(1))) + " "
          + m.group(2).toUpperCase()),
      new Rule("#(\\d+)\\b", m -> "number " + NumberWords.cardinal(num(m.group(1)))),
      new Rule("\\b(\\d+)(?:st|nd|rd|th)\\b", m -> NumberWords.ordinal(num(m.group(1)))),
      new Rule("\\b(\\d{1,3}(?:,\\d{3})+|\\d{1,9})(?:\\.(\\d+))?\\b", SpokenText::plainNumber));

  private SpokenText() {}


  /** The same text with numbers, money, dates and addresses written out as words. */
  public static String normalize(String text) {
    String out = text;
    for (Rule rule : RULES) {
      out = rule.apply(out);
    }
    return out;
  }

  private static String money(MatchResult m) {
    long dollars = num(m.group(1));
    // "$5.5" is five dollars and fifty cents: one decimal digit counts tens of cents.
    int cents = m.group(2) == null ? 0 : Integer.parseInt((m.group(2) + "0").substring(0, 2));
    String dollarWords = NumberWords.cardinal(dollars) + (dollars == 1 ? " dollar" : " dollars");
    String centWords = NumberWords.cardinal(cents) + (cents == 1 ? " cent" : " cents");
    if (cents == 0) {
      return dollarWords;
    }
    return dollars == 0 ? centWords : dollarWords + " and " + centWords;
  }

  private static String unit(MatchResult m) {
    String label = m.group(1).replace(".", "");
    String full = label.equalsIgnoreCase("Apt") ? "Apartment" : label.equalsIgnoreCase("Ste") ? "Suite" : label;
    String word = Character.isUpperCase(label.charAt(0)) ? full : full.toLowerCase(java.util.Locale.ROOT);
    String letter = m.group(3) == null ? "" : " " + m.group(3).toUpperCase();
    return word + " " + NumberWords.paired(m.group(2)) + letter;
  }

  private static String phone(MatchResult m) {
    return NumberWords.digits(m.group(1)) + ", " + NumberWords.digits(m.group(2)) + ", "
        + NumberWords.digits(m.group(3));
  }

  private static String date(String month, String day, String year) {
    int monthNumber = Integer.parseInt(month);
    int dayNumber = Integer.parseInt(day);
    if (monthNumber < 1 || monthNumber > 12 || dayNumber < 1 || dayNumber > 31) {
      return month + "/" + day + (year == null ? "" : "/" + year);
    }
    return Dates.spoken(monthNumber, dayNumber, year);
  }

  private static String time(MatchResult m) {
    int hour = Integer.parseInt(m.group(1));
    int minute = Integer.parseInt(m.group(2));
    if (hour > 23 || minute > 59) {
      return m.group();
    }
    String minutes = minute == 0 ? "" : " " + (minute < 10 ? "oh " : "") + NumberWords.cardinal(minute);
    return NumberWords.cardinal(hour) + minutes;
  }

  private static String clock(MatchResult m) {
    int hour = Integer.parseInt(m.group(1));
    int minute = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
    if (hour < 1 || hour > 12 || minute > 59) {
      return m.group();
    }
    String minutes = minute == 0 ? "" : " " + (minute < 10 ? "oh " : "") + NumberWords.cardinal(minute);
    return NumberWords.cardinal(hour) + minutes + " " + m.group(3).toUpperCase() + "M";
  }

  /** Long digit strings are references (work orders, accounts): digit by digit. Years read in pairs. */
  private static String plainNumber(MatchResult m) {
    String digits = m.group(1);
    if (m.group(2) == null && digits.length() >= 5 && !digits.contains(",")) {
      return NumberWords.digits(digits);
    }
    if (m.group(2) == null && digits.matches("(19|20)\\d\\d")) {
      return NumberWords.paired(digits);
    }
    String whole = NumberWords.cardinal(num(digits));
    return m.group(2) == null ? whole : whole + " point " + NumberWords.digits(m.group(2));
  }

  static long num(String digits) {
    return Long.parseLong(digits.replace(",", ""));
  }

  /** One rewrite: a pattern and what each match becomes. */
  private static final class Rule {
    private final Pattern pattern;
    private final Function<MatchResult, String> spoken;

    Rule(String regex, Function<MatchResult, String> spoken) {
      this.pattern = Pattern.compile(regex);
      this.spoken = spoken;
    }

    String apply(String text) {
      Matcher matcher = pattern.matcher(text);
      return matcher.replaceAll(m -> Matcher.quoteReplacement(spoken.apply(m)));
    }
  }
}
