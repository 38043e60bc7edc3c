package app.chris.core.call;

import app.chris.core.dialogue.CallContext;
import app.chris.core.memory.CallMemory;
import app.chris.core.port.CallAction;
import app.chris.core.port.CallRecord;
import app.chris.core.port.CompanyProfile;
import app.chris.core.port.Effect;
import app.chris.core.port.IdentityStatus;
import app.chris.core.port.Intent;
import app.chris.core.port.Notice;
import app.chris.core.port.Outcome;
import app.chris.core.port.OutboxMessage;
import app.chris.core.port.ServiceRequest;
import app.chris.core.port.Speaker;
import app.chris.core.port.Tenant;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Writes a call's record: at the start (so active calls show), after every turn, and at the end together with
 * the transcript email and the call note in one {@code CallLog.save}. Used under the session's lock.
 */
final class CallRecorder {
  private static final Set<String> NOTEWORTHY = Set.of("service_request_filed", "emergency_filed",
      "escalate_on_call", "complaint_logged", "capture_lead", "teach_fact", "retire_fact", "transfer",
      "open_question", "get_account", "models_unavailable", "disclosure_blocked", "recovered",
      "on_call_answered", "on_call_unreachable", "on_call_not_completed", "message_taken");
  private final CallStart start;
  private final Shared shared;
  private final Instant startedAt;

  CallRecorder(CallStart start, Shared shared) {
    this.start = start;
    this.shared = shared;
    this.startedAt = shared.deps().clock().instant();
  }

  void save(CallContext ctx, CallMemory memory) {
    shared.deps().callLog().save(record(ctx, memory, Optional.empty()), List.of());
  }

  CallRecord finish(CallContext ctx, CallMemory memory) {
    CallRecord record = record(ctx, memory, Optional.of(shared.deps().clock().instant()));
    shared.deps().callLog().save(record, effects(record, shared.deps().directory().company(), ctx.filed()));
    return record;
  }

  /**
   * What a finished call sends out, committed with its final record: the transcript email to the office (when
   * it has addresses) and the call note. Keys are per call, so a call finished twice (e.g. recovered after a
   * crash) still sends each once.
   */
  static List<OutboxMessage> effects(CallRecord record, CompanyProfile company, List<ServiceRequest> filed) {
    List<OutboxMessage> effects = new ArrayList<>();
    String id = record.id().value();
    if (!company.notificationEmails().isEmpty()) {
      effects.add(new OutboxMessage(id + ":transcript", Optional.of(record.id()), new Effect.Email(
          new Notice.CallTranscript(company.notificationEmails(), company.name(), record, filed))));
    }
    effects.add(new OutboxMessage(id + ":note", Optional.of(record.id()),
        new Effect.CallNote(record.id(), record.tenantId(), record.summary())));
    return effects;
  }

  private CallRecord record(CallContext ctx, CallMemory memory, Optional<Instant> endedAt) {
    boolean callerSpoke = memory.transcript().stream().anyMatch(l -> l.speaker() == Speaker.CALLER);
    Optional<Outcome> outcome = endedAt.isEmpty() ? ctx.outcome()
        : Optional.of(ctx.outcome().orElse(callerSpoke ? Outcome.INFO : Outcome.ABANDONED));
    return new CallRecord(start.id(), start.channel(), start.from(), startedAt, endedAt,
        ctx.verifiedTenant().map(Tenant::id), ctx.identity() == IdentityStatus.VERIFIED, ctx.intents(), outcome,
        summary(ctx, outcome), memory.transcript(), ctx.actions());
  }

  static String summary(CallContext ctx, Optional<Outcome> outcome) {
    return summary(ctx.intents(), outcome, ctx.identity() == IdentityStatus.VERIFIED, ctx.actions());
  }

  static String summary(List<Intent> intents, Optional<Outcome> outcome, boolean verified, List<CallAction> actions) {
    String said = intents.isEmpty() ? "none" : intents.stream().map(Intent::wire).collect(Collectors.joining(", "));
    String done = actions.stream().filter(a -> NOTEWORTHY.contains(a.kind()))
        .map(a -> a.kind().replace('_', ' ') + (a.detail().isEmpty() ? "" : " (" + a.detail() + ")"))
        .distinct().collect(Collectors.joining("; "));
    return "Intents: " + said + ". Outcome: " + outcome.map(Outcome::wire).orElse("in progress")
        + ". Verified: " + (verified ? "yes" : "no") + ". Actions: " + (done.isEmpty() ? "none" : done) + ".";
  }

  static List<CallAction> noteworthy(CallContext ctx) {
    return ctx.actions().stream().filter(a -> NOTEWORTHY.contains(a.kind())).toList();
  }
}
