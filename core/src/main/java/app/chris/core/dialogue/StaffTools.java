package app.chris.core.dialogue;

import app.chris.core.port.CompanyProfile;
import app.chris.core.port.EmergencyContact;
import app.chris.core.port.Intent;
import app.chris.core.port.Outcome;
import app.chris.core.port.PhoneNumber;
import java.util.Optional;

/**
 * transfer_to_staff and end_call: how a call leaves Chris, warmly. Both end the call after this turn's words,
 * except a transfer during an emergency on the phone, which rings the on-call contacts in turn ({@link OnCallFlow}).
 */
final class StaffTools {
  private final Desk desk;
  private final OnCallFlow onCall;

  StaffTools(Desk desk, OnCallFlow onCall) {
    this.desk = desk;
    this.onCall = onCall;
  }

  ToolReply transfer(String reason) {
    CallContext ctx = desk.ctx;
    ctx.intents.add(Intent.TRANSFER);
    if (ctx.emergency.isPresent() && onCall.canStart()) {
      return onCall.start(ToolReply.ok("transferring"));
    }
    CompanyProfile company = desk.services.directory().company();
    Optional<PhoneNumber> to = ctx.emergency.isPresent()
        ? company.emergencyContacts().stream().map(EmergencyContact::phone).findFirst().or(company::officePhone)
        : company.officePhone();
    if (to.isEmpty()) {
      desk.act("transfer", false, "no number to transfer to: " + reason);
      ctx.outcomes.add(Outcome.MESSAGE);
      return ToolReply.ok("unavailable").say("I can't transfer you right now, but I'll have someone from the "
          + "office call you back as soon as possible.");
    }
    ctx.transferTo = to;
    ctx.outcomes.add(Outcome.TRANSFER);
    ctx.end();
    desk.act("transfer", true, to.get().e164() + " " + reason);
    return ToolReply.ok("transferred").put(Tools.TO, to.get().e164()).put(Tools.ENDED, "true")
        .say(desk.phrases.pick("I'll connect you with someone at the office now. One moment, please.",
            "Let me transfer you to a member of our team. Please hold."));
  }

  ToolReply goodbye(String reason) {
    desk.ctx.end();
    desk.ctx.pending = Optional.empty();
    desk.act("end_call", true, reason);
    String name = desk.ctx.firstName().map(n -> ", " + n).orElse("");
    String company = desk.services.directory().company().name();
    return ToolReply.ok("ended").put(Tools.ENDED, "true").say(desk.phrases.pick(
        "Thanks for calling" + name + ". Take care!",
        "You're welcome" + name + ". Have a great day!",
        "Thanks for calling " + company + name + ". Goodbye!",
        "Glad I could help" + name + ". Take care!"));
  }
}
