package app.chris.core.dialogue;

import app.chris.core.port.IdentityStatus;
import app.chris.core.port.PendingConfirmation.Kind;
import app.chris.core.port.PhoneNumber;
import app.chris.core.port.ToolCall;
import app.chris.core.text.Speakable;
import java.util.Optional;

/**
 * note_details: remembers name, callback number, address and issue, so Chris never asks for them again; a
 * resolved address continues whatever flow was waiting for it (an emergency, a service request).
 */
final class DetailsTool implements Tool {
  private final Desk desk;
  private final AddressFlow addresses;
  private final ServiceFlow service;
  private final EmergencyFlow emergency;

  private final Flows flows;

  DetailsTool(Desk desk, Flows flows) {
    this.desk = desk;
    this.flows = flows;
    this.addresses = flows.address;
    this.service = flows.service;
    this.emergency = flows.emergency;
  }

  @Override
  public ToolReply run(ToolCall call) {
    CallContext ctx = desk.ctx;
    ToolReply reply = ToolReply.ok("noted").put(Tools.ADDRESS_STATUS, addressStatus());
    Optional<String> name = call.argument(Tools.Args.CALLER_NAME);
    boolean newName = name.isPresent() && ctx.callerName.isEmpty();
    name.ifPresent(n -> ctx.callerName = Optional.of(n.strip()));
    ctx.callerName.ifPresent(n -> reply.put(Tools.CALLER_NAME, n));
    call.argument(Tools.Args.CALLBACK_NUMBER).flatMap(PhoneNumber::parse).ifPresent(p -> ctx.callback = Optional.of(p));
    call.argument(Tools.Args.ISSUE).ifPresent(issue -> noteIssue(issue));
    Optional<String> address = call.argument(Tools.Args.ADDRESS);
    if (address.isPresent()) {
      reply.then(addresses.note(address.get())).put(Tools.STATUS, "noted");
    }
    if (addresses.known() || (address.isPresent() && emergency.waiting())) {
      if (emergency.waiting()) {
        return reply.then(emergency.file()).put(Tools.STATUS, "noted");
      }
      if (service.waiting() && ctx.pending.isEmpty()) {
        return reply.then(service.advance()).put(Tools.STATUS, "noted");
      }
      Optional<ToolReply> verification = address.isPresent() ? flows.resumeVerification() : Optional.empty();
      if (verification.isPresent()) {
        return reply.then(verification.get()).put(Tools.STATUS, "noted");
      }
    }
    if (newName && address.isEmpty()) {
      String first = Speakable.of(ctx.firstName().orElse(""));
      // Someone greeted by name from their caller id has "met" Chris already: "Nice to meet you" sounds odd.
      reply.say(ctx.identity == IdentityStatus.CALLER_ID_MATCH ? "Thanks, " + first + "."
          : desk.phrases.pick("Thanks, " + first + ".", "Nice to meet you, " + first + "."));
      // Only once the emergency is filed: while it waits for the address, "anything else?" would replace
      // "What's the address?" and the emergency would never be filed.
      if (ctx.pending.isEmpty() && ctx.emergency.isPresent() && !emergency.waiting()) {
        desk.anythingElse(reply);
      }
    }
    ctx.pending.filter(p -> p.kind() != Kind.ANYTHING_ELSE && address.isEmpty() && !newName)
        .ifPresent(p -> reply.say(p.readBack()));
    return reply;
  }

  private void noteIssue(String issue) {
    desk.ctx.issue = Optional.of(issue.strip());
  }

  private String addressStatus() {
    if (desk.ctx.address.isPresent()) {
      return addresses.known() ? "resolved" : "building_only";
    }
    return desk.ctx.candidate.isPresent() ? "candidate" : "none";
  }
}
