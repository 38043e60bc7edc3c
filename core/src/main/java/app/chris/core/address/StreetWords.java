package app.chris.core.address;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** Street suffixes, directions and unit words in their spoken and written forms (USPS abbreviations). */
final class StreetWords {
  /** Canonical suffix abbreviation to how Chris says it. */
  static final Map<String, String> SUFFIX_SPOKEN = Map.ofEntries(
      Map.entry("ct", "Court"), Map.entry("st", "Street"), Map.entry("ave", "Avenue"),
      Map.entry("rd", "Road"), Map.entry("dr", "Drive"), Map.entry("ln", "Lane"),
      Map.entry("blvd", "Boulevard"), Map.entry("pl", "Place"), Map.entry("ter", "Terrace"),
      Map.entry("way", "Way"), Map.entry("cir", "Circle"), Map.entry("pkwy", "Parkway"),
      Map.entry("hwy", "Highway"), Map.entry("trl", "Trail"), Map.entry("sq", "Square"),
      Map.entry("plz", "Plaza"), Map.entry("aly", "Alley"), Map.entry("cres", "Crescent"),
      Map.entry("loop", "Loop"), Map.entry("pt", "Point"), Map.entry("xing", "Crossing"),
      Map.entry("cv", "Cove"), Map.entry("row", "Row"), Map.entry("walk", "Walk"),
      Map.entry("path", "Path"), Map.entry("hts", "Heights"), Map.entry("expy", "Expressway"));

  static final Map<String, String> DIRECTION_SPOKEN = Map.of(
      "n", "North", "s", "South", "e", "East", "w", "West",
      "ne", "Northeast", "nw", "Northwest", "se", "Southeast", "sw", "Southwest");

  /** Words that announce a unit; all become "unit". */
  static final Set<String> UNIT_MARKERS = Set.of(
      "unit", "apartment", "apt", "number", "num", "suite", "ste", "flat", "townhome", "townhouse", "condo",
      "#");

  /** Filler that carries nothing ("um"), dropped so the normalised text reads cleanly. */
  static final Set<String> FILLER = Set.of("um", "umm", "uh", "uhh", "er", "erm", "hmm", "uhm");

  /** Every written or misheard form of a suffix or direction, to its canonical abbreviation. */
  static final Map<String, String> CANONICAL = canonical();

  private StreetWords() {}

  static boolean isSuffix(String token) {
    return SUFFIX_SPOKEN.containsKey(token);
  }

  private static Map<String, String> canonical() {
    Map<String, String> m = new HashMap<>();
    put(m, "ct", "court", "crt", "cort", "courts", "cour", "ctr");
    put(m, "st", "street", "str", "strt", "streets");
    put(m, "ave", "avenue", "av", "aven", "avn", "avenu", "avnue");
    put(m, "rd", "road");
    put(m, "dr", "drive", "drv", "driv");
    put(m, "ln", "lane");
    put(m, "blvd", "boulevard", "boul", "blv", "boulv");
    put(m, "pl", "place");
    put(m, "ter", "terrace", "terr");
    put(m, "way", "wy");
    put(m, "cir", "circle", "circ", "crcl");
    put(m, "pkwy", "parkway", "pky", "parkwy", "pkway");
    put(m, "hwy", "highway");
    put(m, "trl", "trail");
    put(m, "sq", "square");
    put(m, "plz", "plaza");
    put(m, "aly", "alley");
    put(m, "cres", "crescent");
    put(m, "pt", "point");
    put(m, "xing", "crossing");
    put(m, "cv", "cove");
    put(m, "hts", "heights");
    put(m, "expy", "expressway");
    put(m, "n", "north");
    put(m, "s", "south");
    put(m, "e", "east");
    put(m, "w", "west");
    put(m, "ne", "northeast");
    put(m, "nw", "northwest");
    put(m, "se", "southeast");
    put(m, "sw", "southwest");
    return Map.copyOf(m);
  }

  private static void put(Map<String, String> m, String canonical, String... forms) {
    for (String form : forms) {
      m.put(form, canonical);
    }
  }
}
