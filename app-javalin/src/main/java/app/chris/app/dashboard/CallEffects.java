package app.chris.app.dashboard;

import app.chris.app.Stores;
import app.chris.core.port.CallAction;
import app.chris.core.port.CallRecord;
import app.chris.core.port.Effect;
import app.chris.core.port.OutboxEntry;
import app.chris.core.port.OutboxStatus;
import app.chris.core.port.ServiceRequest;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

/** What a call led to: Chris's actions, the service requests filed and the outbox deliveries with their state. */
final class CallEffects {
  private final Stores stores;
  private final ZoneId zone;

  CallEffects(Stores stores, ZoneId zone) {
    this.stores = stores;
    this.zone = zone;
  }

  String render(CallRecord call) {
    List<OutboxEntry> deliveries = stores.outbox().forCall(call.id());
    return actions(call.actions()) + requests(deliveries) + deliveries(deliveries);
  }

  private String actions(List<CallAction> actions) {
    StringBuilder out = new StringBuilder("<section class=\"card\"><h2>Actions</h2>");
    if (actions.isEmpty()) {
      return out.append("<p class=\"empty\">None.</p></section>").toString();
    }
    out.append("<table class=\"inner\" id=\"actions\"><tbody>");
    for (CallAction a : actions) {
      out.append("<tr><td>").append(Html.esc(Html.full(a.at(), zone).substring(11))).append("</td><td>")
          .append(Html.esc(HistoryPage.label(a.kind()))).append(' ')
          .append(a.ok() ? "" : Html.badge("refused", "warn")).append("</td><td>").append(Html.esc(a.detail()))
          .append("</td></tr>");
    }
    return out.append("</tbody></table></section>").toString();
  }

  /** Service requests are the work orders this call queued; the desk has their current status. */
  private String requests(List<OutboxEntry> deliveries) {
    List<ServiceRequest> filed = deliveries.stream().map(e -> e.message().effect())
        .filter(e -> e instanceof Effect.WorkOrder).map(e -> ((Effect.WorkOrder) e).request())
        .map(r -> stores.serviceDesk().find(r.id()).orElse(r)).toList();
    StringBuilder out = new StringBuilder("<section class=\"card\"><h2>Service requests</h2>");
    if (filed.isEmpty()) {
      return out.append("<p class=\"empty\">None filed.</p></section>").toString();
    }
    out.append("<table class=\"inner\" id=\"requests\"><tbody>");
    for (ServiceRequest r : filed) {
      out.append("<tr><td>").append(Html.esc(r.id())).append("</td><td>")
          .append(Html.badge(r.priority().name().toLowerCase(Locale.ROOT), r.priority().name().equals("EMERGENCY")
              ? "bad" : "muted")).append(' ').append(Html.esc(r.category())).append("</td><td>")
          .append(Html.esc(r.description())).append("<br><span class=\"muted\">")
          .append(Html.esc(r.unitId().orElse("unit unknown") + (r.addressVerified() ? "" : " · address unverified")
              + (r.permissionToEnter() ? " · may enter" : ""))).append("</span></td><td>")
          .append(Html.badge(r.status(), "info")).append("</td></tr>");
    }
    return out.append("</tbody></table></section>").toString();
  }

  private String deliveries(List<OutboxEntry> deliveries) {
    StringBuilder out = new StringBuilder("<section class=\"card\"><h2>Deliveries</h2>");
    if (deliveries.isEmpty()) {
      return out.append("<p class=\"empty\">Nothing to deliver.</p></section>").toString();
    }
    out.append("<table class=\"inner\" id=\"deliveries\"><tbody>");
    for (OutboxEntry e : deliveries) {
      String tone = e.status() == OutboxStatus.SENT ? "ok" : e.status() == OutboxStatus.DEAD ? "bad" : "warn";
      out.append("<tr><td>").append(Html.esc(kind(e.message().effect()))).append("</td><td>")
          .append(Html.badge(e.status().name().toLowerCase(Locale.ROOT), tone)).append("</td><td>")
          .append(e.attempts()).append(e.attempts() == 1 ? " attempt" : " attempts")
          .append(e.lastError().map(err -> "<br><span class=\"muted\">" + Html.esc(err) + "</span>").orElse(""))
          .append("</td></tr>");
    }
    return out.append("</tbody></table></section>").toString();
  }

  private static String kind(Effect effect) {
    if (effect instanceof Effect.Email) {
      return "Email to staff";
    } else if (effect instanceof Effect.WorkOrder) {
      return "Work order to the property system";
    } else if (effect instanceof Effect.CallNote) {
      return "Call note in the property system";
    } else if (effect instanceof Effect.ProspectLead) {
      return "Prospect to the property system";
    }
    throw new IllegalStateException("unhandled " + effect);
  }
}
