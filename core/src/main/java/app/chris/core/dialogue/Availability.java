package app.chris.core.dialogue;

import app.chris.core.port.Intent;
import app.chris.core.port.Outcome;
import app.chris.core.port.Property;
import app.chris.core.port.ToolCall;
import app.chris.core.port.Unit;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** list_availability: vacant units with bedrooms and rent; remembers what was offered for follow-up questions. */
final class Availability implements Tool {
  private final Desk desk;

  Availability(Desk desk) {
    this.desk = desk;
  }

  @Override
  public ToolReply run(ToolCall call) {
    Optional<Integer> bedrooms = call.argument(Tools.Args.BEDROOMS).map(b -> (int) Double.parseDouble(b));
    Optional<BigDecimal> maxRent = call.argument(Tools.Args.MAX_RENT).map(BigDecimal::new);
    desk.ctx.intents.add(Intent.PROSPECT);
    desk.ctx.outcomes.add(Outcome.INFO);
    List<Unit> units = desk.services.answers().get("units:" + bedrooms + ":" + maxRent, () -> find(bedrooms, maxRent));
    desk.ctx.offered = units.size() > 3 ? units.subList(0, 3) : units;
    if (units.isEmpty()) {
      return ToolReply.ok("none").put(Tools.COUNT, "0").say("I'm sorry, we don't have anything like that "
          + "available right now. I can have our leasing team let you know when something opens up.");
    }
    String described = desk.ctx.offered.stream().map(u -> describe(desk.services, u, true))
        .collect(Collectors.joining("; "));
    String lead = units.size() == 1 ? "Yes, we have one: " : "Yes, we have " + units.size() + " available: ";
    return ToolReply.ok("available").put(Tools.COUNT, String.valueOf(units.size())).put(Tools.UNITS, described)
        .put(Tools.UNIT_IDS, desk.ctx.offered.stream().map(Unit::id).collect(Collectors.joining(",")))
        .say(lead + described + ".").say("Would you like to schedule a tour?");
  }

  private List<Unit> find(Optional<Integer> bedrooms, Optional<BigDecimal> maxRent) {
    List<Unit> out = new ArrayList<>();
    for (Property p : desk.services.directory().properties()) {
      p.units().stream().filter(Unit::vacant)
          .filter(u -> bedrooms.map(b -> u.bedrooms() == b).orElse(true))
          .filter(u -> maxRent.map(m -> u.marketRent().compareTo(m) <= 0).orElse(true)).forEach(out::add);
    }
    out.sort(Comparator.comparing(Unit::marketRent));
    return List.copyOf(out);
  }

  /** "unit 2A at Maple Court Apartments, 2 bedrooms, $1,250 a month". */
  static String describe(DialogueServices services, Unit unit, boolean withRent) {
    String property = services.directory().property(unit.propertyId()).map(Property::name).orElse("");
    String name = unit.street().isPresent() ? unit.street().get() : "unit " + unit.name() + " at " + property;
    String rooms = unit.bedrooms() == 0 ? "a studio" : unit.bedrooms() + " bedroom" + (unit.bedrooms() == 1 ? "" : "s");
    return name + ", " + rooms + (withRent ? ", " + Spoken.money(unit.marketRent()) + " a month" : "");
  }
}
