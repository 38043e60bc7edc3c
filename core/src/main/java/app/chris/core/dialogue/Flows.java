package app.chris.core.dialogue;

/** The multi-step flows of one call, wired together once so each can continue another. */
final class Flows {
  final AddressFlow address;
  final ServiceFlow service;
  final EmergencyFlow emergency;
  final ComplaintTool complaint;
  final FactTools facts;
  final StaffTools staff;
  final IdentityCheck identity;
  final AccountTool account;

  Flows(Desk desk) {
    this.address = new AddressFlow(desk);
    this.service = new ServiceFlow(desk, address);
    this.emergency = new EmergencyFlow(desk);
    this.complaint = new ComplaintTool(desk);
    this.facts = new FactTools(desk);
    this.staff = new StaffTools(desk);
    this.identity = new IdentityCheck(desk, address);
    this.account = new AccountTool(desk, identity);
  }
}
