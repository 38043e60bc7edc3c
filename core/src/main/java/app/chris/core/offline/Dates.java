package app.chris.core.offline;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds a date as said ("December 15th", "next Tuesday", "tomorrow", "12/15") and passes the words on. */
final class Dates {
  private static final String MONTH = "january|february|march|april|may|june|july|august|september|october"
      + "|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec";
  private static final String DAY = "monday|tuesday|wednesday|thursday|friday|saturday|sunday";
  private static final Pattern DATE = Pattern.compile("(?i)\\b(?:(?:(?:" + MONTH + ")\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?"
      + "(?:,?\\s+\\d{4})?)|(?:the\\s+)?\\d{1,2}(?:st|nd|rd|th)\\s+of\\s+(?:" + MONTH + ")|(?:(?:next|this|last)\\s+)?"
      + "(?:" + DAY + ")s?|today|tonight|tomorrow|yesterday|this weekend|next week|next month|end of the month"
      + "|\\d{1,2}/\\d{1,2}(?:/\\d{2,4})?|the\\s+\\d{1,2}(?:st|nd|rd|th))\\b");

  private Dates() {}

  static Optional<String> find(String text) {
    Matcher m = DATE.matcher(SpokenText.digitize(text));
    return m.find() ? Optional.of(m.group()) : Optional.empty();
  }
}
