package app.chris.core.dialogue;

import app.chris.core.address.ResolvedAddress;
import app.chris.core.port.EmergencyContact;
import app.chris.core.port.Intent;
import app.chris.core.port.NewServiceRequest;
import app.chris.core.port.Outcome;
import app.chris.core.port.Priority;
import app.chris.core.port.ServiceRequest;
import app.chris.core.port.Tenant;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Emergencies first: safety advice before anything else, on-call staff alerted at once, and an emergency request
 * filed as soon as any address is known (flagged when not verified). Never waits on identity. On a phone line the
 * filed emergency is then put through to the on-call team live ({@link OnCallFlow}).
 */
final class EmergencyFlow {
  private final Desk desk;
  private final OnCallFlow onCall;

  EmergencyFlow(Desk desk, OnCallFlow onCall) {
    this.desk = desk;
    this.onCall = onCall;
  }

  ToolReply report(String kind, String description) {
    CallContext ctx = desk.ctx;
    ctx.intents.add(Intent.EMERGENCY);
    ctx.outcomes.add(Outcome.EMERGENCY);
    boolean first = ctx.emergency.isEmpty();
    ctx.emergency = Optional.of(new Emergency(kind, description,
        ctx.emergency.flatMap(Emergency::requestId)));
    ToolReply reply = ToolReply.ok("reported").put(Tools.KIND, kind).say(SafetyAdvice.of(kind));
    if (first) {
      escalate(kind, description);
      reply.put(Tools.ESCALATED, "true");
    }
    if (ctx.emergency.get().filed()) {
      return reply.put(Tools.STATUS, "filed");
    }
    if (ctx.address.isPresent() || ctx.candidate.isPresent()) {
      return reply.then(file()).put(Tools.STATUS, "filed");
    }
    return reply.put(Tools.STATUS, "needs_address").say(desk.phrases.pick(
        "I'm alerting our on-call team right now. What's the address?",
        "Our on-call team is being alerted now. What's the address, including the unit?"));
  }

  /** An emergency waits only for an address; true when one is open and unfiled. */
  boolean waiting() {
    return desk.ctx.emergency.filter(e -> !e.filed()).isPresent();
  }

  /** Files the open emergency with whatever address is known (flagged unless resolved to a unit). */
  ToolReply file() {
    CallContext ctx = desk.ctx;
    Emergency emergency = ctx.emergency.orElseThrow();
    Optional<ResolvedAddress> where = ctx.address.or(() -> ctx.candidate);
    boolean verified = ctx.address.flatMap(ResolvedAddress::unitId).isPresent();
    String description = emergency.description()
        + (verified ? "" : " (address not verified; caller said: " + ctx.addressSaid.orElse("nothing") + ")");
    ServiceRequest filed = desk.services.serviceDesk().file(new NewServiceRequest(ctx.id.value() + ":emergency",
        ctx.id, where.map(ResolvedAddress::propertyId), where.flatMap(ResolvedAddress::unitId),
        ctx.verified.map(Tenant::id), emergency.kind(), Priority.EMERGENCY, description, verified, true));
    ctx.filed.add(filed);
    ctx.emergency = Optional.of(new Emergency(emergency.kind(), emergency.description(), Optional.of(filed.id())));
    desk.act("emergency_filed", true, filed.id() + (verified ? "" : " address unverified"));
    ToolReply reply = ToolReply.ok("filed").put(Tools.REQUEST_ID, filed.id()).say(
        "I've filed an emergency request" + where.map(w -> " for " + w.spoken()).orElse("")
            + " and our on-call team is on it.");
    if (onCall.canStart()) {
      return onCall.start(reply);
    }
    reply.say("They'll call you right back.");
    if (ctx.callerName.isEmpty() && ctx.verified.isEmpty()) {
      return reply.say("Can I get your name?");
    }
    return desk.anythingElse(reply);
  }

  private void escalate(String kind, String description) {
    var contacts = desk.services.directory().company().emergencyContacts();
    String who = contacts.stream().map(EmergencyContact::name).collect(Collectors.joining(", "));
    desk.act("escalate_on_call", !contacts.isEmpty(), contacts.isEmpty() ? "no on-call contacts" : "alerted " + who);
    desk.alert("Emergency reported: " + kind.replace('_', ' '), "A caller reported an emergency (" + kind + "): "
        + description + ". Address so far: " + desk.ctx.addressSaid.orElse("not given yet") + ".");
  }
}
