package app.chris.core.dialogue;

import app.chris.core.address.AddressMatch;
import app.chris.core.address.ResolvedAddress;
import app.chris.core.port.PendingConfirmation.Kind;
import app.chris.core.port.Property;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns what the caller said about where they live into a portfolio address: exact, building only (ask the
 * unit), a near miss to confirm, or nothing. A bare correction ("120", "unit 1B") merges with what was said before.
 */
final class AddressFlow {
  private static final Pattern STREET = Pattern.compile("\\d+\\s+[A-Za-z]{3,}");
  private static final Pattern NUMBER = Pattern.compile("\\b\\d{1,6}\\b");
  private static final Pattern UNIT = Pattern.compile(
      "(?i)\\b(?:unit|apartment|apt\\.?|suite|number|#)\\s*([0-9]+[a-z]?|[a-z][0-9]*)\\b");
  private final Desk desk;

  AddressFlow(Desk desk) {
    this.desk = desk;
  }

  /** True once the address names a unit (or a building with a single unit). */
  boolean known() {
    return desk.ctx.address.flatMap(ResolvedAddress::unitId).isPresent();
  }

  ToolReply note(String said) {
    CallContext ctx = desk.ctx;
    Optional<String> previous = ctx.addressSaid;
    String text = previous.map(p -> merge(p, said)).orElse(said);
    ctx.addressSaid = Optional.of(text);
    AddressMatch match = desk.services.addressBook().match(said, previous);
    if (match instanceof AddressMatch.NoMatch && previous.isPresent()) {
      match = desk.services.addressBook().match(text);
    }
    if (match instanceof AddressMatch.Exact exact) {
      ctx.addressSaid = Optional.of(exact.address().spoken());
      return exact(exact.address());
    }
    if (match instanceof AddressMatch.Candidates candidates) {
      ResolvedAddress best = candidates.ranked().get(0);
      ctx.addressSaid = Optional.of(best.spoken());
      ctx.candidate = Optional.of(best);
      String question = desk.phrases.pick("Did you mean ", "Just to check, did you mean ", "Do you mean ")
          + best.spoken() + "?";
      ctx.ask(Kind.ADDRESS, question);
      return ToolReply.ok("noted").put(Tools.ADDRESS_STATUS, "candidate").put(Tools.ADDRESS, best.spoken())
          .pending(Kind.ADDRESS).say(question);
    }
    if (match instanceof AddressMatch.NoMatch) {
      return ToolReply.ok("noted").put(Tools.ADDRESS_STATUS, "no_match").put(Tools.ADDRESS, text)
          .say(desk.phrases.pick("I couldn't find that address among our properties.",
              "Hmm, I don't see that address in our properties.")
              + " Could you give me the street address and unit again?");
    }
    throw new IllegalStateException("unhandled " + match);
  }

  /** The caller said yes to the proposed address. */
  void acceptCandidate() {
    desk.ctx.address = desk.ctx.candidate;
    desk.ctx.candidate = Optional.empty();
    desk.ctx.addressSaid = desk.ctx.address.map(ResolvedAddress::spoken);
  }

  private ToolReply exact(ResolvedAddress found) {
    CallContext ctx = desk.ctx;
    ResolvedAddress address = found.unitId().isPresent() ? found : singleUnit(found);
    ctx.address = Optional.of(address);
    ctx.candidate = Optional.empty();
    if (ctx.pending.filter(p -> p.kind() == Kind.ADDRESS).isPresent()) {
      ctx.pending = Optional.empty();
    }
    if (address.unitId().isEmpty()) {
      return ToolReply.ok("noted").put(Tools.ADDRESS_STATUS, "building_only").put(Tools.ADDRESS, address.spoken())
          .say(desk.phrases.pick("And which unit are you in?", "Which unit number is that?",
              "Got it. What's your unit number?"));
    }
    return ToolReply.ok("noted").put(Tools.ADDRESS_STATUS, "resolved").put(Tools.ADDRESS, address.spoken());
  }

  private ResolvedAddress singleUnit(ResolvedAddress building) {
    Optional<Property> property = desk.services.directory().property(building.propertyId());
    if (property.isPresent() && property.get().units().size() == 1) {
      var unit = property.get().units().get(0);
      return new ResolvedAddress(building.propertyId(), building.propertyName(), Optional.of(unit.id()),
          Optional.of(unit.name()), building.spoken());
    }
    return building;
  }

  /** "120" after "122 Maple Court, unit 1B" means "120 Maple Court, unit 1B"; a unit alone is appended. */
  static String merge(String previous, String correction) {
    if (STREET.matcher(correction).find()) {
      return correction;
    }
    Matcher unit = UNIT.matcher(correction);
    if (unit.find()) {
      Matcher old = UNIT.matcher(previous);
      return old.find() ? old.replaceFirst("unit " + unit.group(1)) : previous + ", unit " + unit.group(1);
    }
    Matcher number = NUMBER.matcher(correction);
    if (number.find() && NUMBER.matcher(previous).find()) {
      return NUMBER.matcher(previous).replaceFirst(number.group());
    }
    String bareUnit = correction.strip().replaceAll("[.!?]$", "");
    if (bareUnit.matches("(?i)[0-9]+[a-z]|[a-z][0-9]*")) {
      return previous + ", unit " + bareUnit;
    }
    return correction;
  }
}
