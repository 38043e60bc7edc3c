package app.chris.core.dialogue;

import java.util.Map;

/** What to tell a caller first, before anything else, for each kind of emergency. Stateless. */
final class SafetyAdvice {
  private static final Map<String, String> ADVICE = Map.ofEntries(
      Map.entry("gas", "Please leave the building right now. Don't touch any light switches, and don't use "
          + "flames or anything electrical. Once you're outside, call 911 and the gas utility."),
      Map.entry("fire", "Please get everyone out of the building now and call 911 from outside."),
      Map.entry("smoke", "If there's smoke or fire, please leave the building now and call 911 from outside."),
      Map.entry("carbon_monoxide", "Please get everyone outside into fresh air right away and call 911."),
      Map.entry("flood", "If you can do it safely, turn off the water at the shut-off valve, and stay away "
          + "from outlets and appliances near the water."),
      Map.entry("active_leak", "If you can do it safely, turn off the water at the shut-off valve under the "
          + "sink or behind the toilet, and keep electronics away from the water."),
      Map.entry("sewage", "Please stay away from the backup and don't use the sinks, toilets or showers for now."),
      Map.entry("no_heat", "Please keep warm safely: don't use the oven or a grill to heat your home."),
      Map.entry("electrical", "Please stay away from it and don't touch any sparking outlets or wires. If you "
          + "see smoke or fire, leave and call 911."),
      Map.entry("break_in", "If you're in danger or someone may still be inside, please get somewhere safe "
          + "and call 911."),
      Map.entry("lockout", "I'm sorry you're locked out."),
      Map.entry("other", "If anyone is in danger, please call 911 first."));

  private SafetyAdvice() {}

  static String of(String kind) {
    return ADVICE.getOrDefault(kind, ADVICE.get("other"));
  }

  static boolean known(String kind) {
    return ADVICE.containsKey(kind);
  }
}
