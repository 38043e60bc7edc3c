package app.chris.core.offline;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An admin's "please learn this: ..." : the fact text after the cue, and the property it names if any.
 * Stateless and thread-safe.
 */
final class Teaching {
  private static final Pattern CUE = Pattern.compile("(?i)\\b(?:please\\s+)?(?:learn this|learn that|learn the following|learn something|learn a (?:new )?fact"
      + "|remember this|remember that|please remember|remember the following|new fact|add (?:a|this|the following)"
      + "(?: new)? fact|teach you(?: this| that| something)?|i want you to know(?: that)?|(?:new information|an update"
      + "|a note|new info) for (?:callers|residents|tenants)|tell (?:callers|residents|tenants|people)(?: that)?"
      + "|let (?:callers|residents|tenants|people) know(?: that)?|please note(?: that)?|save this|update your "
      + "(?:info|information|knowledge))\\b\\s*(?:[:,;-]\\s*)?(?:that\\s+)?");
  private static final Pattern PROPERTY = Pattern.compile("\\b(?:at|for|in|of)\\s+(?:the\\s+)?((?:\\d{1,6}\\s+)?"
      + "[A-Z][a-z]+(?:\\s+[A-Z][a-z]+){0,2}\\s+(?:Court|Street|Homes|Apartments|Ct|St|Avenue|Place))\\b");

  private Teaching() {}

  /** Whether the line asks Chris to learn something (the fact may follow in the next line). */
  static boolean asked(String text) {
    return CUE.matcher(text).find();
  }

  static Optional<String> fact(String text) {
    Matcher m = CUE.matcher(text);
    if (!m.find()) {
      return Optional.empty();
    }
    String fact = text.substring(m.end()).strip().replaceAll("^[\\W_]+", "");
    if (fact.split("\\s+").length < 3) {
      return Optional.empty();
    }
    return Optional.of(Character.toUpperCase(fact.charAt(0)) + fact.substring(1));
  }

  static Optional<String> property(String fact) {
    Matcher m = PROPERTY.matcher(fact);
    return m.find() ? Optional.of(m.group(1)) : Optional.empty();
  }
}
