package app.chris.testkit;

import app.chris.core.port.CallAction;
import app.chris.core.port.CallId;
import app.chris.core.port.CallRecord;
import app.chris.core.port.Channel;
import app.chris.core.port.Effect;
import app.chris.core.port.Intent;
import app.chris.core.port.Lead;
import app.chris.core.port.NewServiceRequest;
import app.chris.core.port.Notice;
import app.chris.core.port.Outcome;
import app.chris.core.port.PhoneNumber;
import app.chris.core.port.Priority;
import app.chris.core.port.ServiceRequest;
import app.chris.core.port.Speaker;
import app.chris.core.port.TranscriptLine;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Sample calls, requests and effects for store tests, filled in on every field (present and empty optionals,
 * text with quotes and non-ASCII) so a lossy store shows up. Stateless.
 */
public final class StoreSamples {
  private StoreSamples() {}

  /** An ended phone call with transcript and actions, started at {@code startedAt}. */
  public static CallRecord call(String id, String fromE164, Instant startedAt) {
    Instant t = startedAt;
    return new CallRecord(new CallId(id), Channel.PHONE, Optional.of(new PhoneNumber(fromE164)), t,
        Optional.of(t.plus(Duration.ofSeconds(95))), Optional.of("T1001"), true,
        List.of(Intent.MAINTENANCE, Intent.GOODBYE), Optional.of(Outcome.SERVICE_REQUEST),
        "Kitchen sink leaking in 1A; work order filed.",
        List.of(new TranscriptLine(Speaker.ASSISTANT, "Good morning, this is Chris!", t.plusMillis(200)),
            new TranscriptLine(Speaker.CALLER, "My sink's \"leaking\" — café étage 2 ☕", t.plusSeconds(4))),
        List.of(new CallAction("create_service_request", true, "SR-1 plumbing", t.plusSeconds(60)),
            new CallAction("transfer", false, "office closed", t.plusSeconds(80))));
  }

  /** A test call still in progress, with every optional empty. */
  public static CallRecord openAnonymousCall(String id, Instant startedAt) {
    return new CallRecord(new CallId(id), Channel.TEST, Optional.empty(), startedAt, Optional.empty(),
        Optional.empty(), false, List.of(), Optional.empty(), "", List.of(), List.of());
  }

  public static NewServiceRequest newRequest(String idempotencyKey, CallId callId) {
    return new NewServiceRequest(idempotencyKey, callId, Optional.of("P100"), Optional.of("U101"),
        Optional.of("T1001"), "plumbing", Priority.URGENT, "Kitchen sink leaking under the cabinet.", true, true);
  }

  public static ServiceRequest request(String id, CallId callId, Instant at) {
    return new ServiceRequest(id, callId, Optional.of("P100"), Optional.of("U101"), Optional.empty(), "plumbing",
        Priority.EMERGENCY, "Water on the floor", false, true, "open", at);
  }

  /** One of every {@link Effect} and {@link Notice} variant, bound to {@code callId}. */
  public static List<Effect> everyEffect(CallId callId, Instant at) {
    CallRecord call = call(callId.value(), "+12175550101", at);
    ServiceRequest sr = request("SR-7", callId, at.plusSeconds(30));
    return List.of(
        new Effect.Email(new Notice.CallTranscript(List.of("office@lakeside.example"),
            "Lakeside Property Management", call, List.of(sr))),
        new Effect.Email(new Notice.UrgentAlert(List.of("a@x.example", "b@x.example"), "Emergency: gas smell",
            "Caller reports gas smell at 120 Maple Ct.\nOn-call paged.", Optional.of(callId))),
        new Effect.Email(new Notice.UrgentAlert(List.of(), "Wrong admin PIN", "Three tries", Optional.empty())),
        new Effect.WorkOrder(sr),
        new Effect.CallNote(callId, Optional.of("T1001"), "Called about the sink."),
        new Effect.CallNote(callId, Optional.empty(), "Unknown caller asked about rent."),
        new Effect.ProspectLead(new Lead(callId, "Jo Park", Optional.of(new PhoneNumber("+12175550177")),
            Optional.of("U201"), "tour of a 2-bedroom")),
        new Effect.ProspectLead(new Lead(callId, "Anonymous", Optional.empty(), Optional.empty(), "pets?")));
  }
}
