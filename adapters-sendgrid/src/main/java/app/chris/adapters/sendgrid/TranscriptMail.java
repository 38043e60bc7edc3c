package app.chris.adapters.sendgrid;

import app.chris.adapters.sendgrid.RenderedMail.Section;
import app.chris.core.port.CallRecord;
import app.chris.core.port.Channel;
import app.chris.core.port.Intent;
import app.chris.core.port.Notice;
import app.chris.core.port.Outcome;
import app.chris.core.port.Priority;
import app.chris.core.port.ServiceRequest;
import app.chris.core.port.Speaker;
import app.chris.core.port.TranscriptLine;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Renders the after-call email. The subject names only the company, the kind of call, its id and time (no
 * caller name, number, balance or other tenant's data); the body puts the summary first for staff skimming.
 */
final class TranscriptMail {
  static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT)
      .withZone(ZoneOffset.UTC);
  private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss", Locale.ROOT)
      .withZone(ZoneOffset.UTC);

  private TranscriptMail() {}

  static RenderedMail render(Notice.CallTranscript notice) {
    CallRecord call = notice.call();
    String subject = RenderedMail.oneLine(notice.companyName()) + ": " + headline(notice) + " - call "
        + call.id() + ", " + WHEN.format(call.startedAt());
    List<Section> sections = List.of(
        new Section("Summary", List.of(call.summary().isBlank() ? "(no summary recorded)" : call.summary())),
        new Section("Caller", caller(call, notice.requests())),
        new Section("Service requests filed (" + notice.requests().size() + ")", requests(notice.requests())),
        new Section("Transcript", transcript(call.transcript())));
    return new RenderedMail(subject, "call-transcript", sections);
  }

  private static String headline(Notice.CallTranscript notice) {
    CallRecord call = notice.call();
    boolean emergency = call.outcome().map(o -> o == Outcome.EMERGENCY).orElse(false)
        || call.intents().contains(Intent.EMERGENCY)
        || notice.requests().stream().anyMatch(r -> r.priority() == Priority.EMERGENCY);
    if (emergency) {
      return "EMERGENCY call";
    }
    return call.outcome().map(o -> capitalised(o.wire().replace('_', ' ')) + " call").orElse("Call");
  }

  private static List<String> caller(CallRecord call, List<ServiceRequest> requests) {
    List<String> lines = new ArrayList<>();
    if (call.channel() == Channel.TEST) {
      lines.add("Channel: text test call");
    }
    lines.add("Phone: " + call.from().map(Object::toString).orElse("unknown"));
    if (call.verified() && call.tenantId().isPresent()) {
      lines.add("Tenant: " + call.tenantId().get() + " (identity verified)");
      requests.stream().filter(ServiceRequest::addressVerified).map(ServiceRequest::unitId)
          .flatMap(java.util.Optional::stream).distinct().forEach(unit -> lines.add("Unit: " + unit));
    } else {
      lines.add("Identity: not verified");
    }
    String ended = call.endedAt().map(end -> ", lasted " + minutes(Duration.between(call.startedAt(), end)))
        .orElse(", still open");
    lines.add("Call: " + call.id() + ", started " + WHEN.format(call.startedAt()) + ended
        + call.outcome().map(o -> ", outcome " + o.wire()).orElse(""));
    return lines;
  }

  private static List<String> requests(List<ServiceRequest> requests) {
    if (requests.isEmpty()) {
      return List.of("None.");
    }
    List<String> lines = new ArrayList<>();
    for (ServiceRequest r : requests) {
      String where = r.addressVerified() && r.unitId().isPresent()
          ? "Unit: " + r.unitId().get() + " (address verified)"
          : "Address NOT verified: check the transcript before dispatching";
      lines.add(r.id() + " [" + r.priority().wire() + "] " + r.category() + ": " + r.description() + "\n"
          + where + "\nPermission to enter: " + (r.permissionToEnter() ? "yes" : "no"));
    }
    return lines;
  }

  private static List<String> transcript(List<TranscriptLine> transcript) {
    if (transcript.isEmpty()) {
      return List.of("(no transcript)");
    }
    return transcript.stream()
        .map(l -> CLOCK.format(l.at()) + " " + (l.speaker() == Speaker.CALLER ? "Caller" : "Chris") + ": " + l.text())
        .toList();
  }

  private static String minutes(Duration d) {
    long s = Math.max(0, d.getSeconds());
    return (s / 60) + " min " + (s % 60) + " s";
  }

  private static String capitalised(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }
}
