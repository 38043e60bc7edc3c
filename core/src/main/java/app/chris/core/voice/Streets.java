package app.chris.core.voice;

import app.chris.core.text.NumberWords;
import java.util.Map;
import java.util.regex.MatchResult;

/** Street addresses as spoken: "120 N Maple Ct" -> "one twenty North Maple Court". */
final class Streets {
  private static final Map<String, String> SUFFIXES = Map.ofEntries(
      Map.entry("St", "Street"), Map.entry("Ave", "Avenue"), Map.entry("Ct", "Court"), Map.entry("Rd", "Road"),
      Map.entry("Dr", "Drive"), Map.entry("Ln", "Lane"), Map.entry("Blvd", "Boulevard"), Map.entry("Pl", "Place"),
      Map.entry("Cir", "Circle"), Map.entry("Ter", "Terrace"), Map.entry("Pkwy", "Parkway"),
      Map.entry("Hwy", "Highway"), Map.entry("Way", "Way"), Map.entry("Street", "Street"),
      Map.entry("Avenue", "Avenue"), Map.entry("Court", "Court"), Map.entry("Road", "Road"),
      Map.entry("Drive", "Drive"), Map.entry("Lane", "Lane"), Map.entry("Boulevard", "Boulevard"),
      Map.entry("Place", "Place"), Map.entry("Circle", "Circle"));
  private static final Map<String, String> DIRECTIONS = Map.of(
      "N", "North", "S", "South", "E", "East", "W", "West", "NE", "Northeast", "NW", "Northwest", "SE",
      "Southeast", "SW", "Southwest");
  static final String ADDRESS = "\\b(\\d{1,6}) (?:(N|S|E|W|NE|NW|SE|SW)\\.? )?((?:[A-Z][a-z]+|\\d+(?:st|nd|rd|th))"
      + "(?: [A-Z][a-z]+)?) (" + String.join("|", SUFFIXES.keySet()) + ")\\b";

  private Streets() {}

  static String address(MatchResult m) {
    String direction = m.group(2) == null ? "" : DIRECTIONS.get(m.group(2)) + " ";
    return NumberWords.paired(m.group(1)) + " " + direction + m.group(3) + " " + SUFFIXES.get(m.group(4));
  }
}
