package app.chris.core.offline;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** Reads what a question is about, and bedrooms/rent limits for availability questions. Stateless. */
final class Inquiries {
  private static final List<Map.Entry<String, String>> TOPICS = List.of(
      Map.entry("quiet", "quiet hours"), Map.entry("gym", "fitness room"), Map.entry("pool", "pool"),
      Map.entry("pet", "pets"), Map.entry("trash", "trash pickup"), Map.entry("laundry", "laundry room"),
      Map.entry("insurance", "renters insurance"), Map.entry("yard", "lawn and snow"),
      Map.entry("parking", "parking"), Map.entry("late", "late fee"), Map.entry("due", "rent due date"),
      Map.entry("pay", "paying rent"), Map.entry("available", "availability"), Map.entry("tour", "tour"),
      Map.entry("bedroom", "availability"), Map.entry("office", "office hours"), Map.entry("amenity", "amenities"),
      Map.entry("rent", "rent"));
  private static final Set<String> CAP_CUES = Set.of("under", "below", "max", "maximum", "budget", "than", "to",
      "around", "about");
  private static final Pattern DIGIT = Pattern.compile("\\d");
  private static final Pattern BEDROOM_SHORTHAND = Pattern.compile("\\dbr|\\dbd|\\dbed|\\dbdrm");
  private static final Pattern RENT_FIGURE = Pattern.compile("\\d{3,5}");
  private static final Set<String> BEDROOM_WORDS = Set.of("bedroom", "bedrooms", "bed", "beds", "br", "bdrm", "bdr");

  private Inquiries() {}

  static Inquiry read(Concepts c) {
    Optional<String> topic = Optional.empty();
    for (Map.Entry<String, String> e : TOPICS) {
      if (c.has(e.getKey())) {
        topic = Optional.of(e.getValue());
        break;
      }
    }
    return new Inquiry(topic, bedrooms(c.tokens()), maxRent(c.tokens()));
  }

  private static Optional<Integer> bedrooms(List<String> t) {
    for (int i = 0; i < t.size(); i++) {
      if (t.get(i).equals("studio")) {
        return Optional.of(0);
      }
      if (BEDROOM_WORDS.contains(t.get(i)) && i > 0 && DIGIT.matcher(t.get(i - 1)).matches()) {
        return Optional.of(Integer.parseInt(t.get(i - 1)));
      }
      if (BEDROOM_SHORTHAND.matcher(t.get(i)).matches()) {
        return Optional.of(t.get(i).charAt(0) - '0');
      }
    }
    return Optional.empty();
  }

  private static Optional<Integer> maxRent(List<String> t) {
    for (int i = 1; i < t.size(); i++) {
      if (RENT_FIGURE.matcher(t.get(i)).matches() && CAP_CUES.contains(t.get(i - 1))) {
        int v = Integer.parseInt(t.get(i));
        if (v >= 300 && v <= 20000) {
          return Optional.of(v);
        }
      }
    }
    return Optional.empty();
  }
}
