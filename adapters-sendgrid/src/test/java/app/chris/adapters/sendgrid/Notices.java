package app.chris.adapters.sendgrid;

import app.chris.core.port.CallId;
import app.chris.core.port.CallRecord;
import app.chris.core.port.Channel;
import app.chris.core.port.Intent;
import app.chris.core.port.Notice;
import app.chris.core.port.Outcome;
import app.chris.core.port.PhoneNumber;
import app.chris.core.port.Priority;
import app.chris.core.port.ServiceRequest;
import app.chris.core.port.Speaker;
import app.chris.core.port.TranscriptLine;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Notice fixtures: a leak call whose caller also asked about a balance. */
final class Notices {
  static final Instant START = Instant.parse("2025-03-03T15:00:00Z");
  static final CallId CALL = new CallId("c_leak1");
  static final String SUMMARY = "Tenant reported a leak under the kitchen sink; balance of $1,250.00 was read back.";

  private Notices() {}

  static Notice.CallTranscript transcript(boolean verified, List<TranscriptLine> lines) {
    CallRecord call = new CallRecord(CALL, Channel.PHONE, Optional.of(new PhoneNumber("+15551234567")), START,
        Optional.of(START.plusSeconds(185)), Optional.of("T-4B"), verified,
        List.of(Intent.MAINTENANCE, Intent.BALANCE), Optional.of(Outcome.SERVICE_REQUEST), SUMMARY, lines,
        List.of());
    ServiceRequest leak = new ServiceRequest("SR-7", CALL, Optional.of("P-1"), Optional.of("U-4B"),
        Optional.of("T-4B"), "plumbing", Priority.URGENT, "Leak under the kitchen sink", verified, true, "open",
        START.plusSeconds(120));
    return new Notice.CallTranscript(List.of("office@acme.test"), "Acme Property Co", call, List.of(leak));
  }

  static Notice.CallTranscript transcript(boolean verified) {
    return transcript(verified, List.of(
        new TranscriptLine(Speaker.ASSISTANT, "Thanks for calling Acme, this is Chris.", START.plusSeconds(1)),
        new TranscriptLine(Speaker.CALLER, "My sink is leaking & what's my balance?", START.plusSeconds(5))));
  }

  static Notice.UrgentAlert alert() {
    return new Notice.UrgentAlert(List.of("oncall@acme.test"), "Gas smell reported\nat 12 Oak St",
        "Caller reports a gas smell.\nSafety instructions given.", Optional.of(CALL));
  }
}
