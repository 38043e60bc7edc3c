package app.chris.core.offline;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the caller's address as said ("122 Maple Court, unit 1B", "at 120 Maple", "unit 2A at Maple Court") and
 * passes the text on: the core's AddressBook matches it against the portfolio. A unit said about a neighbour
 * ("my neighbour in 2B") is not the caller's. Stateless and thread-safe.
 */
final class Addresses {
  private static final String SUFFIX = "street|st|avenue|ave|road|rd|court|ct|drive|dr|lane|ln|boulevard|blvd|way"
      + "|place|pl|circle|cir|terrace|parkway|pkwy|trail|highway|hwy|square";
  private static final Pattern STREET = Pattern.compile(
      "(?i)\\b(\\d{1,6})\\s+((?:(?!(?:and|unit|apartment|apt|bedrooms?|beds?|baths?|bathrooms?|br|months?|years?"
          + "|days?|weeks?|minutes?|hours?|people|times|dollars|bucks)\\b)[a-z][a-z'-]*\\s+){0,2}?)(" + SUFFIX
          + ")\\b\\.?");
  private static final Pattern NUMBER_NAME = Pattern.compile(
      "(?i:(?:\\b(?:at|on|is|address|live at)|,)\\s+)(\\d{1,6}\\s+[A-Z][a-z]+)\\b");
  // "120 maple 1B" or "21 oak" said on its own: a house number and name without "Court" count when a unit or
  // nothing follows.
  private static final Pattern BARE_STREET_UNIT = Pattern.compile(
      "(?i)^\\W*(\\d{1,6}\\s+(?!(?:minutes?|hours?|days?|weeks?|months?|years?|people|times|dollars|bucks|am|pm"
          + "|bedrooms?|beds?|baths?|bathrooms?|units?|apartments?)\\b)[a-z]+)(?=\\s+\\d{1,4}[a-h]\\b|\\W*$)");
  private static final Pattern BUILDING = Pattern.compile(
      "(?i)\\b(?:at|in|on|of|from|for)\\s+(?:the\\s+)?((?:(?!(?:the|my|a|this|that|your|unit|apartment)\\b)"
          + "[a-z][a-z'-]*\\s+){1,2}?(?:court|street|apartments|homes|ct|st|avenue|ave|place|village|towers"
          + "|plaza|commons|gardens))\\b");
  private static final Pattern UNIT = Pattern.compile(
      "(?i)\\b(?:unit|apartment|apt|suite|ste)\\.?\\s*(?:number\\s+|#\\s*)?(\\d{1,4}(?:\\s?[a-h])?|[a-h]\\s?\\d{0,3})\\b"
          + "|#\\s*(\\d{1,4}[a-h]?)\\b");
  // "120 Maple Court 1B", "12 Oak St, #4": a unit said right after the street.
  // "1200 maple ct b" (speech to text writes letters in lower case); never a lower-case "a", as in "a week ago".
  private static final Pattern TRAILING_UNIT = Pattern.compile(
      "^,?\\s*(?:number\\s+|#\\s*)?(\\d{1,4}[A-Za-z]|[A-Hb-h](?=[\\s,.!?]|$)|(?<=#)\\d{1,4})\\b");
  // "unit two bee": a spelled letter after a unit number is the letter.
  private static final Pattern LETTER_NAME = Pattern.compile("(?i)\\b(\\d{1,4})\\s+(ay|bee|cee|dee)\\b");
  private static final Pattern SHORT_UNIT = Pattern.compile("(?i)\\b(?:in|at|it's|is)\\s+(\\d[a-h])\\b");
  // "Carla Diaz, 2B at 120 Maple Court", "townhouse B over at 1200 Maple": a unit said just before the street.
  private static final Pattern UNIT_BEFORE_STREET = Pattern.compile(
      "(?i)\\b(?:(\\d{1,4}[a-h]|[b-h])\\s*,?\\s+(?:over\\s+)?(?:at|on)|(\\d{1,4}[a-h]),)\\s+\\d{1,6}\\s+[a-z]");
  private static final Pattern CORRECTION = Pattern.compile("(?i)\\b(?:no|sorry|i mean|actually|rather|correction)\\b");
  private static final Pattern NEIGHBOUR = Pattern.compile(
      "(?i)\\b(neighbou?rs?|upstairs|downstairs|next door|above me|below me|the people|the guy|the tenants?)\\b");

  private static final String STRIP_LEAD = "(?:\\b(?:i'm at|i am at|i live at|i'm in|i am in|at|in|on|from)\\s+)?";
  private static final List<Pattern> STRIPPERS = List.of(STREET, NUMBER_NAME, BUILDING, UNIT).stream()
      .map(p -> Pattern.compile(STRIP_LEAD + "(?:" + p.pattern().replace("(?i)", "") + ")", Pattern.CASE_INSENSITIVE))
      .collect(java.util.stream.Collectors.toUnmodifiableList());
  private static final Pattern NUMBER = Pattern.compile("\\b(\\d{1,5}[A-Za-z]?)\\b");
  private static final Pattern SPACE_BEFORE_PUNCTUATION = Pattern.compile("\\s+([,.!?])");
  private static final Pattern DOUBLE_SPACE = Pattern.compile("\\s{2,}");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private Addresses() {}

  /** The caller's address as one spoken string, street first and unit last. */
  static Optional<String> find(String text) {
    String t = LETTER_NAME.matcher(SpokenText.digitize(text))
        .replaceAll(m -> m.group(1) + " " + m.group(2).substring(0, 1).toUpperCase(Locale.ROOT));
    Optional<String> street = street(t);
    Optional<String> unit = unit(t).or(() -> trailingUnit(t));
    if (street.isEmpty() && unit.isEmpty()) {
      return Optional.empty();
    }
    if (street.isEmpty()) {
      return unit.map(u -> "unit " + u);
    }
    return Optional.of(street.get() + unit.map(u -> ", unit " + u).orElse(""));
  }

  private static Optional<String> street(String t) {
    Matcher m = STREET.matcher(t);
    if (m.find()) {
      String found = m.group();
      int end = m.end();
      // "112 Oak Street... no sorry, 12 Oak Street": the caller corrected themself; the later street counts.
      while (m.find()) {
        if (CORRECTION.matcher(t.substring(end, m.start())).find()) {
          found = m.group();
        }
        end = m.end();
      }
      return Optional.of(found.replaceAll("\\.$", "").strip());
    }
    for (Pattern p : List.of(NUMBER_NAME, BARE_STREET_UNIT)) {
      Matcher n = p.matcher(t);
      if (n.find()) {
        return Optional.of(n.group(1));
      }
    }
    Matcher b = BUILDING.matcher(t);
    return b.find() && !neighbourBefore(t, b.start()) ? Optional.of(b.group(1).strip()) : Optional.empty();
  }

  private static Optional<String> trailingUnit(String t) {
    Matcher m = STREET.matcher(t);
    if (!m.find()) {
      m = NUMBER_NAME.matcher(t); // "it's Ben Cho, 120 Maple 1B"
      if (!m.find()) {
        m = BARE_STREET_UNIT.matcher(t);
        if (!m.find()) {
          return Optional.empty();
        }
      }
    }
    Matcher u = TRAILING_UNIT.matcher(t.substring(m.end()));
    return u.find() ? Optional.of(u.group(1).toUpperCase(Locale.ROOT)) : Optional.empty();
  }

  private static Optional<String> unit(String t) {
    Matcher m = UNIT.matcher(t);
    while (m.find()) {
      if (!neighbourBefore(t, m.start())) {
        String u = m.group(1) != null ? m.group(1) : m.group(2);
        return Optional.of(u.replace(" ", "").toUpperCase(Locale.ROOT));
      }
    }
    for (Pattern p : List.of(SHORT_UNIT, UNIT_BEFORE_STREET)) {
      Matcher s = p.matcher(t);
      if (s.find() && !neighbourBefore(t, s.start())) {
        String u = s.group(1) != null ? s.group(1) : s.group(2);
        return Optional.of(u.toUpperCase(Locale.ROOT));
      }
    }
    return Optional.empty();
  }

  // "my upstairs neighbour in 2B": a unit within a few words after a neighbour word is theirs.
  private static boolean neighbourBefore(String t, int at) {
    Matcher m = NEIGHBOUR.matcher(t.substring(Math.max(0, at - 40), at));
    return m.find();
  }

  /** The text with every address and unit mention (and its "I'm at") taken out, for clean descriptions. */
  static String strip(String text) {
    String t = SpokenText.digitize(text);
    for (Pattern p : STRIPPERS) {
      t = p.matcher(t).replaceAll("");
    }
    t = SPACE_BEFORE_PUNCTUATION.matcher(t).replaceAll("$1");
    return DOUBLE_SPACE.matcher(t).replaceAll(" ").strip();
  }

  /** A bare house or unit number said alone ("Oh yes, sorry, 120."), as a correction to a proposed address. */
  static Optional<String> bareNumber(String text) {
    String t = SpokenText.digitize(text);
    Matcher m = NUMBER.matcher(t);
    if (!m.find() || SPACES.split(t).length > 8) {
      return Optional.empty();
    }
    String first = m.group(1);
    return m.find() ? Optional.empty() : Optional.of(first.toUpperCase(Locale.ROOT));
  }
}
