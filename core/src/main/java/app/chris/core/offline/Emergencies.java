package app.chris.core.offline;

import java.util.Optional;
import java.util.Set;

/**
 * Decides whether a problem is an emergency and of which kind (the wire names of {@code report_emergency}).
 * Precision matters both ways: a gas smell must never be missed, and a chirping smoke detector or a fridge
 * leaking "a little" is routine maintenance. Stateless and thread-safe.
 */
final class Emergencies {
  private static final Set<String> FIRE_WORDS = Set.of("fire", "fires", "flames", "flame", "blaze");
  private static final Set<String> SEVERE_COLD = Set.of("freezing", "frozen", "freeze", "zero", "hypothermia");
  private static final Set<String> VULNERABLE = Set.of("baby", "infant", "newborn", "kids", "children", "child",
      "elderly", "grandmother", "grandfather", "sick", "oxygen");
  private static final Set<String> WATER_THINGS = Set.of("water", "pipe", "pipes", "toilet", "ceiling", "sink",
      "wall", "leak", "leaking", "heater", "shower", "tub", "bathtub", "washer", "dishwasher", "floor");
  private static final Set<String> SMOKER = Set.of("cigarette", "cigarettes", "weed", "marijuana", "cigar", "vape",
      "vaping");

  private Emergencies() {}

  static Optional<String> kind(Concepts c) {
    if (c.has("monoxide") && !c.has("chirp")) {
      return Optional.of("carbon_monoxide");
    }
    if (c.has("gas") && (c.has("smell") || c.hasWord(Set.of("leak", "leaking", "hissing", "hiss")))
        || c.hasPhrase("rotten eggs") || c.hasPhrase("rotten egg")) {
      return Optional.of("gas");
    }
    if (c.has("spark") || (c.hasAny("smoke", "fire", "smell") && c.hasAny("outlet", "power")
        && (c.hasAny("smoke", "spark") || c.hasWord("burning")))) {
      return Optional.of("electrical");
    }
    if (c.hasWord(FIRE_WORDS) && !c.hasNegated("fire") && !c.hasPhrase("fire alarm") && !c.hasWord("fireplace")
        || c.hasPhrase("on fire") || c.hasPhrase("caught fire")) {
      return Optional.of("fire");
    }
    if (smoke(c)) {
      return Optional.of("smoke");
    }
    if (c.has("sewage")) {
      return Optional.of("sewage");
    }
    if (c.has("flood")) {
      return Optional.of("flood");
    }
    if (c.has("pour") && c.hasWord(WATER_THINGS) || c.hasPhrase("pipe burst") || c.hasPhrase("burst pipe")
        || (c.hasAny("leak", "pour") && (c.hasPhrase("will not stop") || c.hasPhrase("can not stop"))
            && !c.hasPhrase("stop running"))) { // "the toilet won't stop running, the shower drips": routine
      return Optional.of("active_leak");
    }
    if (c.has("breakin")) {
      return Optional.of("break_in");
    }
    if (c.has("lockout")) {
      return Optional.of("lockout");
    }
    if (noHeat(c)) {
      return Optional.of("no_heat");
    }
    return c.hasWord("emergency") && !c.hasNegated("danger") ? Optional.of("other") : Optional.empty();
  }

  private static boolean smoke(Concepts c) {
    if (c.hasWord("burning") && c.has("smell") && !c.has("neighbor")) {
      return true;
    }
    if (!c.has("smoke") || c.hasWord(SMOKER) || c.has("neighbor") || c.has("complain")) {
      return false;
    }
    boolean detectorChirp = c.has("smokedetector") && (c.has("chirp") || c.hasWord("chirping"));
    return !detectorChirp && !c.hasWord("smoking");
  }

  private static boolean noHeat(Concepts c) {
    boolean heatOut = c.has("heat") && c.has("broken") || c.hasNegated("heat") || c.hasPhrase("no heat");
    boolean dangerCold = c.hasWord(SEVERE_COLD) || c.hasPhrase("below freezing") || c.hasWord(VULNERABLE);
    return heatOut && dangerCold;
  }
}
