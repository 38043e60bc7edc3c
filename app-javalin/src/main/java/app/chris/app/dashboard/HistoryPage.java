package app.chris.app.dashboard;

import app.chris.core.port.CallListing;
import app.chris.core.port.CallPage;
import app.chris.core.port.Channel;
import app.chris.core.port.Intent;
import app.chris.core.port.Outcome;
import app.chris.core.port.PhoneNumber;
import app.chris.core.port.Tenant;
import app.chris.core.port.TenantLedger;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Renders the call history: the filter form, one page of calls, and the link to the next (older) page. */
final class HistoryPage {
  private final TenantLedger ledger;
  private final ZoneId zone;

  HistoryPage(TenantLedger ledger, ZoneId zone) {
    this.ledger = ledger;
    this.zone = zone;
  }

  String render(HistoryFilter filter, Optional<String> tenantId, CallPage page) {
    StringBuilder out = new StringBuilder("<div class=\"head\"><h1>Calls</h1></div>").append(form(filter));
    tenantId.flatMap(ledger::tenant).ifPresent(t -> out.append("<p class=\"alert info\">Calls of tenant ")
        .append(Html.esc(t.fullName())).append(" (").append(Html.esc(t.id())).append(")</p>"));
    if (page.calls().isEmpty()) {
      return out.append("<p class=\"empty\">No calls match.</p>").toString();
    }
    out.append("<div class=\"table-wrap\"><table id=\"history\"><thead><tr><th>Started</th><th>Caller</th>"
        + "<th>Tenant</th><th>Channel</th><th>Intents</th><th>Outcome</th><th class=\"num\">Length</th>"
        + "<th>Summary</th></tr></thead><tbody>");
    page.calls().forEach(call -> out.append(row(call)));
    out.append("</tbody></table></div><div class=\"pager\"><a href=\"/dashboard/calls?")
        .append(Html.esc(filter.query(Map.of()))).append("\">Newest</a>");
    page.next().flatMap(q -> q.after()).ifPresent(after -> out.append("<a id=\"older\" href=\"/dashboard/calls?")
        .append(Html.esc(filter.query(Map.of("after", after.value())))).append("\">Older calls →</a>"));
    return out.append("</div>").toString();
  }

  private String row(CallListing call) {
    String link = "/dashboard/calls/" + Html.url(call.id().value());
    String length = call.endedAt().map(end -> Html.duration(Duration.between(call.startedAt(), end))).orElse("live");
    String tenant = call.tenantId().map(id -> "<a href=\"/dashboard/calls?q=" + Html.esc(Html.url(id)) + "\">"
        + Html.esc(ledger.tenant(id).map(Tenant::fullName).orElse(id)) + "</a>"
        + (call.verified() ? " " + Html.badge("verified", "ok") : "")).orElse("<span class=\"muted\">–</span>");
    return "<tr data-call=\"" + Html.esc(call.id().value()) + "\"><td><a href=\"" + Html.esc(link) + "\">"
        + Html.esc(Html.when(call.startedAt(), zone)) + "</a></td><td>"
        + Html.esc(call.from().map(PhoneNumber::e164).orElse("withheld")) + "</td><td>" + tenant + "</td><td>"
        + Html.badge(call.channel() == Channel.TEST ? "test" : "phone", "muted") + "</td><td>"
        + call.intents().stream().map(i -> "<span class=\"chip\">" + Html.esc(label(i.wire())) + "</span>")
            .collect(Collectors.joining()) + "</td><td>"
        + call.outcome().map(o -> Html.badge(label(o.wire()), tone(o))).orElse("") + "</td><td class=\"num\">"
        + length + "</td><td class=\"summary\">" + Html.esc(shorten(call.summary())) + "</td></tr>";
  }

  private static String form(HistoryFilter f) {
    StringBuilder intents = new StringBuilder("<option value=\"\">Any intent</option>");
    for (Intent i : Intent.values()) {
      intents.append(option(i.wire(), f.intent()));
    }
    StringBuilder outcomes = new StringBuilder("<option value=\"\">Any outcome</option>");
    for (Outcome o : Outcome.values()) {
      outcomes.append(option(o.wire(), f.outcome()));
    }
    return "<form method=\"get\" action=\"/dashboard/calls\" class=\"filters card\" id=\"filters\">"
        + "<label class=\"grow\">Search<input type=\"search\" name=\"q\" placeholder=\"Caller number, tenant name or "
        + "id, words in the summary\" value=\"" + Html.esc(f.text().orElse("")) + "\"></label>"
        + "<label>From<input type=\"date\" name=\"from\" value=\"" + Html.esc(f.from().orElse("")) + "\"></label>"
        + "<label>To<input type=\"date\" name=\"to\" value=\"" + Html.esc(f.to().orElse("")) + "\"></label>"
        + "<label>Intent<select name=\"intent\">" + intents + "</select></label>"
        + "<label>Outcome<select name=\"outcome\">" + outcomes + "</select></label>"
        + "<button type=\"submit\" class=\"primary\">Filter</button><a href=\"/dashboard/calls\">Clear</a></form>";
  }

  private static String option(String value, Optional<String> selected) {
    return "<option value=\"" + value + "\"" + (selected.filter(value::equals).isPresent() ? " selected" : "") + ">"
        + Html.esc(label(value)) + "</option>";
  }

  static String label(String wire) {
    return wire.replace('_', ' ');
  }

  static String tone(Outcome outcome) {
    return switch (outcome) {
      case EMERGENCY, ABANDONED -> "bad";
      case TRANSFER, MESSAGE, COMPLAINT -> "warn";
      case SERVICE_REQUEST, INFO, LEAD, KNOWLEDGE -> "ok";
    };
  }

  private static String shorten(String summary) {
    return summary.length() <= 140 ? summary : summary.substring(0, 137) + "…";
  }
}
