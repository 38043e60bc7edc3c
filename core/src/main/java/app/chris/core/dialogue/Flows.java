package app.chris.core.dialogue;

import app.chris.core.port.IdentityStatus;
import java.util.Optional;

/** The multi-step flows of one call, wired together once so each can continue another. */
final class Flows {
  final AddressFlow address;
  final ServiceFlow service;
  final EmergencyFlow emergency;
  final ComplaintTool complaint;
  final FactTools facts;
  final StaffTools staff;
  final OnCallFlow onCall;
  final IdentityCheck identity;
  final AccountTool account;
  private final Desk desk;

  Flows(Desk desk) {
    this.address = new AddressFlow(desk);
    this.service = new ServiceFlow(desk, address);
    this.onCall = new OnCallFlow(desk);
    this.emergency = new EmergencyFlow(desk, onCall);
    this.complaint = new ComplaintTool(desk);
    this.facts = new FactTools(desk);
    this.staff = new StaffTools(desk, onCall);
    this.identity = new IdentityCheck(desk, address);
    this.account = new AccountTool(desk, identity);
    this.desk = desk;
  }

  /**
   * Once an address resolves, an account question that waited on it continues: the caller's name is already
   * known, so verification runs again and, when it passes, the question is answered.
   */
  Optional<ToolReply> resumeVerification() {
    CallContext ctx = desk.ctx;
    if (ctx.wantedAccount.isEmpty() || ctx.verified.isPresent() || ctx.callerName.isEmpty() || !address.known()
        || ctx.identity == IdentityStatus.LOCKED) {
      return Optional.empty();
    }
    ToolReply reply = identity.verify(ctx.callerName.get(), Optional.empty(), Optional.empty());
    if (reply.status().equals("verified")) {
      account.answerWanted().ifPresent(reply::then);
    }
    return Optional.of(reply);
  }
}
