package app.chris.core.dialogue;

import app.chris.core.port.Effect;
import app.chris.core.port.Intent;
import app.chris.core.port.Lead;
import app.chris.core.port.Outcome;
import app.chris.core.port.OutboxMessage;
import app.chris.core.port.PhoneNumber;
import app.chris.core.port.ToolCall;
import app.chris.core.port.Unit;
import app.chris.core.text.Speakable;
import java.util.Optional;

/** capture_lead: a prospect's name, number and interest become a lead for the leasing team (outbox). */
final class LeadTool implements Tool {
  private final Desk desk;

  LeadTool(Desk desk) {
    this.desk = desk;
  }

  @Override
  public ToolReply run(ToolCall call) {
    CallContext ctx = desk.ctx;
    ctx.intents.add(Intent.PROSPECT);
    String name = call.argument(Tools.Args.NAME).orElseThrow().strip();
    ctx.callerName = Optional.of(name);
    Optional<PhoneNumber> phone = call.argument(Tools.Args.PHONE).flatMap(PhoneNumber::parse)
        .or(() -> ctx.callback).or(() -> ctx.from);
    if (phone.isEmpty()) {
      return ToolReply.ok("needs_phone").say("What's the best number for our leasing team to reach you?");
    }
    ctx.callback = phone;
    Optional<String> unitId = call.argument(Tools.Args.UNIT_ID).filter(id -> desk.services.directory().unit(id)
        .isPresent()).or(() -> ctx.offered.size() == 1 ? Optional.of(ctx.offered.get(0).id()) : Optional.empty());
    String interest = call.argument(Tools.Args.INTEREST).orElse("leasing inquiry");
    Lead lead = new Lead(ctx.id, name, phone, unitId, interest);
    desk.services.outbox().enqueue(new OutboxMessage(ctx.id.value() + ":lead:" + name.toLowerCase(java.util.Locale.ROOT), Optional.of(ctx.id), new Effect.ProspectLead(lead)));
    ctx.outcomes.add(Outcome.LEAD);
    desk.act("capture_lead", true, interest + unitId.map(u -> " " + u).orElse(""));
    String first = Speakable.of(name.split("\\s+")[0]);
    String what = unitId.flatMap(desk.services.directory()::unit).map(this::unitWords).orElse("");
    return desk.anythingElse(ToolReply.ok("captured").say("Thanks, " + first + "! I've passed your request"
        + what + " to our leasing team, and they'll call you at " + Spoken.phone(phone.get()) + " to set it up."));
  }

  private String unitWords(Unit unit) {
    return unit.street().map(s -> " for " + s).orElse(" for unit " + unit.name());
  }
}
