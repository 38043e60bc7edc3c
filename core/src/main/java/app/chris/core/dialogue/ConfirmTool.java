package app.chris.core.dialogue;

import app.chris.core.port.PendingConfirmation;
import app.chris.core.port.PendingConfirmation.Kind;
import app.chris.core.port.ToolCall;
import java.util.Locale;
import java.util.Optional;

/**
 * confirm: the caller's yes or no to the pending question. "Yes" completes what was read back; "no" with a
 * correction gives a corrected read-back; "no" alone asks what to change.
 */
final class ConfirmTool implements Tool {
  private final Desk desk;
  private final Flows flows;

  ConfirmTool(Desk desk, Flows flows) {
    this.desk = desk;
    this.flows = flows;
  }

  @Override
  public ToolReply run(ToolCall call) {
    Optional<PendingConfirmation> pending = desk.ctx.pending;
    if (pending.isEmpty()) {
      return ToolReply.ok("nothing_pending");
    }
    boolean yes = call.argument(Tools.Args.ANSWER).orElse("").toLowerCase(Locale.ROOT).startsWith("y");
    Optional<String> correction = call.argument(Tools.Args.CORRECTION);
    Kind kind = pending.get().kind();
    desk.ctx.pending = Optional.empty();
    ToolReply reply = yes ? yes(kind) : correction.map(c -> corrected(kind, c)).orElseGet(() -> no(kind));
    return reply.put(Tools.KIND, kind.name().toLowerCase(Locale.ROOT));
  }

  private ToolReply yes(Kind kind) {
    switch (kind) {
      case COMPLAINT:
        return flows.complaint.log();
      case ADDRESS:
        flows.address.acceptCandidate();
        return continueAfterAddress(ToolReply.ok("confirmed"));
      case SERVICE_REQUEST:
        desk.ctx.service = desk.ctx.service.map(ServiceDraft::accepted);
        return ToolReply.ok("confirmed").then(flows.service.advance()).put(Tools.STATUS, "confirmed");
      case PERMISSION_TO_ENTER:
        return permission(true);
      case KNOWLEDGE:
        return flows.facts.save();
      case TRANSFER:
        return flows.staff.transfer("caller accepted a transfer");
      case ANYTHING_ELSE:
      case IDENTITY:
      default:
        return ToolReply.ok("confirmed").say(desk.phrases.pick(FixedReplies.WHAT_ELSE));
    }
  }

  private ToolReply no(Kind kind) {
    switch (kind) {
      case ANYTHING_ELSE:
        return flows.staff.goodbye("caller has nothing else").put(Tools.STATUS, "declined");
      case PERMISSION_TO_ENTER:
        return permission(false);
      case TRANSFER:
        return desk.anythingElse(ToolReply.ok("declined").say(FixedReplies.NO_PROBLEM));
      case ADDRESS:
        desk.ctx.candidate = Optional.empty();
        return ToolReply.ok("declined").say("Sorry about that. What's the correct address, including the unit?");
      case COMPLAINT:
        return ToolReply.ok("declined").say("Sorry about that. Could you tell me again what's going on?");
      default:
        return ToolReply.ok("declined").say("Sorry about that. What should I change?");
    }
  }

  private ToolReply corrected(Kind kind, String correction) {
    switch (kind) {
      case COMPLAINT:
        return flows.complaint.readBack(correction, "corrected");
      case ADDRESS:
        desk.ctx.candidate = Optional.empty();
        return continueAfterAddress(ToolReply.ok("corrected").then(flows.address.note(correction)))
            .put(Tools.STATUS, "corrected");
      case SERVICE_REQUEST:
        desk.ctx.service = desk.ctx.service.map(d -> d.withDescription(correction));
        return ToolReply.ok("corrected").then(flows.service.advance()).put(Tools.STATUS, "corrected");
      case KNOWLEDGE:
        return ToolReply.ok("corrected").then(flows.facts.teachText(correction)).put(Tools.STATUS, "corrected");
      default:
        return no(kind);
    }
  }

  private ToolReply permission(boolean granted) {
    desk.ctx.service = desk.ctx.service.map(d -> d.withPermission(granted));
    if (desk.ctx.service.isEmpty()) {
      return ToolReply.ok("confirmed");
    }
    return ToolReply.ok(granted ? "confirmed" : "declined").then(flows.service.advance());
  }

  private ToolReply continueAfterAddress(ToolReply reply) {
    if (flows.emergency.waiting()) {
      return reply.then(flows.emergency.file());
    }
    if (flows.service.waiting() && flows.address.known()) {
      return reply.then(flows.service.advance());
    }
    Optional<ToolReply> verification = flows.resumeVerification();
    if (verification.isPresent()) {
      return reply.then(verification.get());
    }
    return reply.say(desk.phrases.pick(FixedReplies.THANKS));
  }
}
