package app.chris.core.dialogue;

import app.chris.core.address.ResolvedAddress;
import app.chris.core.port.Admin;
import app.chris.core.port.CallAction;
import app.chris.core.port.CallFacts;
import app.chris.core.port.CallId;
import app.chris.core.port.IdentityStatus;
import app.chris.core.port.Intent;
import app.chris.core.port.Outcome;
import app.chris.core.port.PendingConfirmation;
import app.chris.core.port.PhoneNumber;
import app.chris.core.port.ServiceRequest;
import app.chris.core.port.Tenant;
import app.chris.core.port.Unit;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What the core knows and is doing in one call: facts, open flows (drafts awaiting a yes), the pending question,
 * and the record of actions. Not thread-safe: only touched while the session's lock is held.
 */
public final class CallContext {
  final CallId id;
  final Optional<PhoneNumber> from;
  Optional<String> callerName = Optional.empty();
  Optional<PhoneNumber> callback = Optional.empty();
  Optional<String> issue = Optional.empty();
  IdentityStatus identity = IdentityStatus.UNKNOWN;
  Optional<Tenant> verified = Optional.empty();
  Optional<Tenant> claimed = Optional.empty();
  int verificationFailures;
  Optional<String> addressSaid = Optional.empty();
  Optional<ResolvedAddress> address = Optional.empty();
  Optional<ResolvedAddress> candidate = Optional.empty();
  Optional<PendingConfirmation> pending = Optional.empty();
  Optional<ServiceDraft> service = Optional.empty();
  Optional<Emergency> emergency = Optional.empty();
  Optional<String> complaint = Optional.empty();
  Optional<String> wantedAccount = Optional.empty();
  Optional<FactDraft> fact = Optional.empty();
  List<Unit> offered = List.of();
  Optional<Admin> admin = Optional.empty();
  int pinFailures;
  boolean adminLocked;
  final List<ServiceRequest> filed = new ArrayList<>();
  final Set<Intent> intents = new LinkedHashSet<>();
  final Set<Outcome> outcomes = EnumSet.noneOf(Outcome.class);
  final List<CallAction> actions = new ArrayList<>();
  boolean ended;
  Optional<PhoneNumber> transferTo = Optional.empty();
  /** True on a phone line, where Chris can ring staff and put the caller through live (warm transfer). */
  final boolean liveTransfers;
  Optional<OnCallLadder> ladder = Optional.empty();
  private int sequence;

  public CallContext(CallId id, Optional<PhoneNumber> from) {
    this(id, from, false);
  }

  public CallContext(CallId id, Optional<PhoneNumber> from, boolean liveTransfers) {
    this.id = id;
    this.from = from;
    this.liveTransfers = liveTransfers;
  }

  public CallFacts facts() {
    return new CallFacts(callerName, callback, identity, verified.map(Tenant::id),
        address.map(ResolvedAddress::propertyId), address.flatMap(ResolvedAddress::unitId),
        address.map(ResolvedAddress::spoken).or(() -> addressSaid), issue, List.copyOf(intents), admin.isPresent());
  }

  public Optional<PendingConfirmation> pending() {
    return pending;
  }

  public boolean ended() {
    return ended;
  }

  /** Where to transfer the caller once this turn's words are said. */
  public Optional<PhoneNumber> transferTo() {
    return transferTo;
  }

  /** What the person who answers the transfer hears first, when the core has a summary for them (on-call). */
  public Optional<String> transferWhisper() {
    return ladder.filter(l -> l.state == OnCallLadder.State.DIALING).map(OnCallLadder::whisper);
  }

  /** True while an on-call contact is being rung: the call is not over, the caller waits for the result. */
  public boolean awaitingTransfer() {
    return !ended && ladder.filter(l -> l.state == OnCallLadder.State.DIALING).isPresent();
  }

  public Optional<Tenant> verifiedTenant() {
    return verified;
  }

  /** Tenants the caller claims or appears to be (not verified): their account data must not leak. */
  public Optional<Tenant> claimedTenant() {
    return claimed;
  }

  public IdentityStatus identity() {
    return identity;
  }

  public List<CallAction> actions() {
    return List.copyOf(actions);
  }

  public List<Intent> intents() {
    return List.copyOf(intents);
  }

  public List<ServiceRequest> filed() {
    return List.copyOf(filed);
  }

  /** The most significant thing that happened, for the record. */
  public Optional<Outcome> outcome() {
    for (Outcome o : List.of(Outcome.EMERGENCY, Outcome.SERVICE_REQUEST, Outcome.COMPLAINT, Outcome.KNOWLEDGE,
        Outcome.LEAD, Outcome.TRANSFER, Outcome.INFO, Outcome.MESSAGE)) {
      if (outcomes.contains(o)) {
        return Optional.of(o);
      }
    }
    return Optional.empty();
  }

  public void record(String kind, boolean ok, String detail, Instant at) {
    actions.add(new CallAction(kind, ok, detail, at));
  }

  /** The caller id belongs to exactly one resident: a second factor, never verification by itself. */
  public void markCallerIdMatch(Tenant tenant) {
    identity = IdentityStatus.CALLER_ID_MATCH;
    claimed = Optional.of(tenant);
  }

  /** Marks the call as over (goodbye or transfer) after this turn. */
  public void end() {
    ended = true;
  }

  /** A fresh idempotency key within this call. */
  String key(String what) {
    return id.value() + ":" + what + ":" + (++sequence);
  }

  void ask(PendingConfirmation.Kind kind, String readBack) {
    pending = Optional.of(new PendingConfirmation(kind, readBack));
  }

  Optional<String> firstName() {
    return verified.map(Tenant::firstName).or(() -> callerName.map(n -> n.strip().split("\\s+")[0]));
  }
}
