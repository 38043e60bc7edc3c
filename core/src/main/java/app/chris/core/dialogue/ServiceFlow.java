package app.chris.core.dialogue;

import app.chris.core.address.ResolvedAddress;
import app.chris.core.port.Intent;
import app.chris.core.port.NewServiceRequest;
import app.chris.core.port.Outcome;
import app.chris.core.port.PendingConfirmation.Kind;
import app.chris.core.port.Priority;
import app.chris.core.port.ServiceRequest;
import app.chris.core.port.Tenant;
import app.chris.core.text.Speakable;
import java.util.Locale;
import java.util.Optional;

/**
 * A maintenance request from first mention to filing: address resolved, read back in Chris's words, permission
 * to enter asked, then filed. Each step returns the next question; emergencies skip the read-back and permission.
 */
final class ServiceFlow {
  private final Desk desk;
  private final AddressFlow addresses;

  ServiceFlow(Desk desk, AddressFlow addresses) {
    this.desk = desk;
    this.addresses = addresses;
  }

  boolean waiting() {
    return desk.ctx.service.isPresent();
  }

  ToolReply start(ServiceDraft draft) {
    desk.ctx.intents.add(draft.priority() == Priority.EMERGENCY ? Intent.EMERGENCY : Intent.MAINTENANCE);
    Optional<ServiceRequest> already = desk.ctx.filed.stream()
        .filter(r -> r.description().equalsIgnoreCase(draft.description())).findFirst();
    if (already.isPresent()) {
      return ToolReply.ok("filed").put(Tools.REQUEST_ID, already.get().id())
          .say("That request is already in with maintenance.");
    }
    desk.ctx.issue = Optional.of(draft.description());
    desk.ctx.service = Optional.of(draft);
    return advance();
  }

  /** The next step for the open draft. */
  ToolReply advance() {
    ServiceDraft draft = desk.ctx.service.orElseThrow();
    if (!addresses.known()) {
      return needsAddress();
    }
    String where = desk.ctx.address.map(ResolvedAddress::spoken).orElse("");
    if (draft.priority() == Priority.EMERGENCY) {
      return file(draft.withPermission(true));
    }
    if (!draft.readBackAccepted()) {
      String readBack = desk.phrases.pick("So I have: ", "Let me read that back: ", "Just to confirm: ")
          + Spoken.lowerFirst(Spoken.secondPerson(Speakable.of(draft.description()))) + ", at " + where + ". "
          + desk.phrases.pick(FixedReplies.IS_THAT_RIGHT);
      desk.ctx.ask(Kind.SERVICE_REQUEST, readBack);
      return ToolReply.ok("needs_confirmation").pending(Kind.SERVICE_REQUEST).say(readBack);
    }
    if (draft.permissionToEnter().isEmpty()) {
      String question = desk.phrases.pick(FixedReplies.MAY_ENTER);
      desk.ctx.ask(Kind.PERMISSION_TO_ENTER, question);
      return ToolReply.ok("needs_permission").pending(Kind.PERMISSION_TO_ENTER).say(question);
    }
    return file(draft);
  }

  private ToolReply needsAddress() {
    var pending = desk.ctx.pending.filter(p -> p.kind() == Kind.ADDRESS);
    String ask = pending.map(p -> p.readBack()).orElseGet(() -> desk.ctx.address.isPresent()
        ? "Which unit are you in?"
        : desk.phrases.pick(FixedReplies.WHERE));
    return ToolReply.ok("needs_address").say(ask);
  }

  ToolReply file(ServiceDraft draft) {
    CallContext ctx = desk.ctx;
    ResolvedAddress where = ctx.address.orElseThrow();
    ServiceRequest filed = desk.services.serviceDesk().file(new NewServiceRequest(
        ctx.id.value() + ":service:" + draft.description().toLowerCase(Locale.ROOT).hashCode(), ctx.id,
        Optional.of(where.propertyId()), where.unitId(), ctx.verified.map(Tenant::id), draft.category(),
        draft.priority(), draft.description(), true, draft.permissionToEnter().orElse(false)));
    ctx.filed.add(filed);
    ctx.service = Optional.empty();
    ctx.pending = Optional.empty();
    ctx.outcomes.add(draft.priority() == Priority.EMERGENCY ? Outcome.EMERGENCY : Outcome.SERVICE_REQUEST);
    desk.act("service_request_filed", true, filed.id() + " " + draft.priority().wire() + " " + where.spoken());
    ToolReply reply = ToolReply.ok("filed").put(Tools.REQUEST_ID, filed.id());
    if (draft.priority() == Priority.EMERGENCY) {
      desk.alert("Emergency maintenance request", "Emergency request " + filed.id() + " at " + where.spoken()
          + ": " + draft.description());
      return reply.put(Tools.ESCALATED, "true").say("I've filed this as an emergency and alerted our on-call team.");
    }
    reply.say(desk.phrases.pick(FixedReplies.FILED));
    reply.say(draft.priority() == Priority.URGENT ? FixedReplies.URGENT_FOLLOW_UP
        : FixedReplies.ROUTINE_FOLLOW_UP);
    return desk.anythingElse(reply);
  }
}
