package app.chris.core.offline;

import app.chris.core.port.Priority;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Category and priority of a maintenance problem from its concepts. Stateless and thread-safe. */
final class Issues {
  // First match wins: the more specific thing ("the dryer is not heating") before the general one.
  private static final List<Map.Entry<String, List<String>>> CATEGORIES = List.of(
      Map.entry("pest", List.of("pest")),
      Map.entry("appliance", List.of("fridge", "stove", "dishwasher", "microwave", "laundryappliance", "disposal")),
      Map.entry("hvac", List.of("ac")),
      Map.entry("heating", List.of("heat")),
      Map.entry("plumbing", List.of("faucet", "sink", "toilet", "shower", "drain", "pipe", "hotwater",
          "waterpressure", "leak", "clog", "sewage", "flood", "pour")),
      Map.entry("electrical", List.of("outlet", "light", "power", "spark")),
      Map.entry("lock", List.of("lock", "lockout", "breakin")),
      Map.entry("general", List.of("door", "window", "cabinet", "wall", "mold", "smokedetector", "chirp", "gas",
          "fire", "smoke", "monoxide")));
  private static final Set<String> LOW = Set.of("no rush", "not urgent", "whenever", "cosmetic", "minor",
      "a little", "when you get a chance", "not a big deal", "no hurry", "at some point", "small");
  private static final Set<String> URGENT = Set.of("urgent", "asap", "right away", "as soon as possible", "today",
      "immediately");

  private Issues() {}

  /** The category, when the line names a thing that can break. */
  static Optional<String> category(Concepts c) {
    for (Map.Entry<String, List<String>> e : CATEGORIES) {
      for (String concept : e.getValue()) {
        if (c.has(concept) || c.hasNegated(concept)) {
          return Optional.of(e.getKey());
        }
      }
    }
    return Optional.empty();
  }

  static Priority priority(Concepts c, String category, boolean emergency) {
    if (emergency) {
      return Priority.EMERGENCY;
    }
    if (LOW.stream().anyMatch(c::hasPhrase)) {
      return Priority.LOW;
    }
    boolean out = c.has("broken") || c.mentions().stream().anyMatch(Mention::negated) || c.has("cold");
    boolean essential = category.equals("heating") || c.has("hotwater") || c.hasPhrase("no water")
        || (c.has("fridge") && out) || (c.has("toilet") && c.has("clog")) || (c.has("lock") && out);
    if (URGENT.stream().anyMatch(c::hasPhrase) || essential && out) {
      return Priority.URGENT;
    }
    return Priority.NORMAL;
  }
}
