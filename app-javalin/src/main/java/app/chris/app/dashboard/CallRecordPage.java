package app.chris.app.dashboard;

import app.chris.app.Stores;
import app.chris.core.port.CallId;
import app.chris.core.port.CallRecord;
import app.chris.core.port.Intent;
import app.chris.core.port.PhoneNumber;
import app.chris.core.port.Speaker;
import app.chris.core.port.Tenant;
import app.chris.core.port.TranscriptLine;
import io.javalin.http.Context;
import java.time.Duration;
import java.time.ZoneId;
import java.util.stream.Collectors;

/** One call: who, when, how it ended, the summary and transcript, then what Chris did (see {@link CallEffects}). */
final class CallRecordPage {
  private final Frame frame;
  private final Stores stores;

  CallRecordPage(Frame frame, Stores stores) {
    this.frame = frame;
    this.stores = stores;
  }

  void show(Context ctx, CallId id) {
    CallRecord call = stores.callLog().find(id)
        .orElseThrow(() -> DashboardException.notFound("There is no call " + id.value() + "."));
    ZoneId zone = frame.zone();
    String title = call.from().map(PhoneNumber::e164).orElse("Withheld number");
    StringBuilder out = new StringBuilder("<p><a href=\"/dashboard/calls\">← All calls</a></p><div class=\"head\">")
        .append("<h1 id=\"call-title\">").append(Html.esc(title)).append("</h1>")
        .append(call.outcome().map(o -> Html.badge(HistoryPage.label(o.wire()), HistoryPage.tone(o)))
            .orElse(Html.badge(call.ended() ? "no outcome" : "in progress", "muted")))
        .append("</div><div class=\"split\"><section class=\"card\"><h2>Transcript</h2>")
        .append(transcript(call, zone)).append("</section><div>").append(details(call, zone))
        .append(new CallEffects(stores, zone).render(call)).append("</div></div>");
    frame.render(ctx, "Call " + title, "calls", out.toString());
  }

  private String details(CallRecord call, ZoneId zone) {
    String tenant = call.tenantId().map(id -> stores.ledger().tenant(id).map(Tenant::fullName).orElse(id) + " · "
        + id).orElse("not identified");
    String length = call.endedAt().map(end -> Html.duration(Duration.between(call.startedAt(), end))).orElse("live");
    return "<section class=\"card\"><h2>Call</h2><dl><dt>Call id</dt><dd>" + Html.esc(call.id().value())
        + "</dd><dt>Channel</dt><dd>" + Html.esc(call.channel().wire()) + "</dd><dt>Started</dt><dd>"
        + Html.esc(Html.full(call.startedAt(), zone)) + "</dd><dt>Length</dt><dd>" + length + "</dd><dt>Tenant</dt>"
        + "<dd>" + Html.esc(tenant) + " " + (call.verified() ? Html.badge("verified", "ok")
            : Html.badge("not verified", "muted")) + "</dd><dt>Intents</dt><dd>"
        + call.intents().stream().map(Intent::wire).map(i -> "<span class=\"chip\">" + Html.esc(HistoryPage.label(i))
            + "</span>").collect(Collectors.joining()) + "</dd></dl><h3 class=\"sub\">Summary</h3><p id=\"summary\">"
        + Html.esc(call.summary().isBlank() ? "No summary." : call.summary()) + "</p></section>";
  }

  private static String transcript(CallRecord call, ZoneId zone) {
    if (call.transcript().isEmpty()) {
      return "<p class=\"empty\">Nothing was said.</p>";
    }
    StringBuilder out = new StringBuilder("<ol class=\"transcript full\" id=\"transcript\">");
    for (TranscriptLine line : call.transcript()) {
      boolean chris = line.speaker() == Speaker.ASSISTANT;
      out.append("<li class=\"").append(chris ? "chris" : "caller").append("\"><b>").append(chris ? "Chris" : "Caller")
          .append("</b><span class=\"text\">").append(Html.esc(line.text())).append("</span><time>")
          .append(Html.esc(Html.full(line.at(), zone).substring(11))).append("</time></li>");
    }
    return out.append("</ol>").toString();
  }
}
