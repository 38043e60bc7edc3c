package app.chris.core.address;

import java.util.List;
import java.util.Locale;

/** Twenty ways a caller says one address; text in [brackets] is the unit part, left out for houses. */
final class Utterances {
  static final List<String> TEMPLATES = List.of(
      "{D} {S} {A}[, unit {U}]",
      "{D} {S} {L}[ apartment {W}]",
      "{P} {s} {l}[ apt {U}]",
      "{C} {S} {L}[, #{U}]",
      "{G} {S} {A}.[ suite {U}]",
      "I'm at {D} {S} {L}[, unit {H}]",
      "I live at {P} {S} {A}[ {N} {U}]",
      "IT'S {D} {S} {A}[ APT {U}]",
      "[unit {U} at ]{D} {S} {L}",
      "[apartment {W}, ]{P} {S} {L}",
      "um, {D} {s} {a}[ unit {Q}]",
      "Hi, this is Sam Lee. I'm at {D} {S} {L}[, unit {U}], and my sink is leaking.",
      "{D} {S} {A}.[ Apt. {U}]",
      "{K} {s} {l}[ unit {W}]",
      "{D}, {S} {L}[, apartment {U}]",
      "[#{U} ]{D} {S} {A}",
      "{D} {S} {L}[ unit {U}] please send someone",
      "I'M AT {P} {S} {L}[, UNIT {W}]",
      "my address is {G} {s} {l}[, apartment {H}]",
      "it's {D} {S} {A}.[ #{U}]");

  private Utterances() {}

  static String say(String template, GeneratedPortfolio.Address address) {
    String text = address.house() ? template.replaceAll("\\[[^\\]]*\\]", "") : template.replaceAll("[\\[\\]]", "");
    String unit = address.unit().name();
    String abbr = address.suffix();
    String spelled = StreetWords.SUFFIX_SPOKEN.get(abbr.toLowerCase(Locale.ROOT));
    int n = address.number();
    text = text.replace("{D}", Integer.toString(n)).replace("{P}", Speech.paired(n))
        .replace("{C}", Speech.cardinal(n, false)).replace("{K}", Speech.cardinal(n, true))
        .replace("{G}", Speech.digits(n))
        .replace("{S}", address.core()).replace("{s}", address.core().toLowerCase(Locale.ROOT))
        .replace("{A}", abbr).replace("{a}", abbr.toLowerCase(Locale.ROOT))
        .replace("{L}", spelled).replace("{l}", spelled.toLowerCase(Locale.ROOT))
        .replace("{U}", unit).replace("{W}", Speech.unitWords(unit))
        .replace("{H}", unit.replaceAll("(\\d)([A-Z])", "$1-$2"))
        .replace("{Q}", unit.replaceAll("(\\d)([A-Z])", "$1 $2"))
        .replace("{N}", Character.isDigit(unit.charAt(0)) ? "number" : "unit");
    return template.startsWith("IT'S") || template.startsWith("I'M") ? text.toUpperCase(Locale.ROOT) : text;
  }
}
