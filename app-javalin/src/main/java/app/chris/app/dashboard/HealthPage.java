package app.chris.app.dashboard;

import app.chris.app.api.Readiness;
import app.chris.core.live.LocalLiveFeed;
import app.chris.core.port.OutboxStats;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Map;

/**
 * {@code /dashboard/health}: each component's readiness (the same checks as {@code /ready}, including vendor
 * warm-up where a vendor reports it), the outbox's pending, sent and dead deliveries, and the live traffic.
 */
final class HealthPage {
  private final Frame frame;
  private final DashboardDeps deps;
  private final LiveBoard board;

  HealthPage(Frame frame, DashboardDeps deps, LiveBoard board) {
    this.frame = frame;
    this.deps = deps;
    this.board = board;
  }

  void register(RoutesConfig routes) {
    routes.get("/dashboard/health", this::show);
  }

  private void show(Context ctx) {
    Readiness.Report report = deps.readiness().report();
    StringBuilder out = new StringBuilder("<div class=\"head\"><h1>Health</h1>")
        .append(Html.badge(report.ready() ? "ready" : "not ready", report.ready() ? "ok" : "bad")).append("</div>")
        .append("<h2>Components</h2><div class=\"table-wrap\"><table id=\"components\"><thead><tr><th>Component</th>"
            + "<th>Status</th><th>Detail</th></tr></thead><tbody>");
    report.components().forEach((name, value) -> {
      Map<?, ?> status = (Map<?, ?>) value;
      String state = String.valueOf(status.get("status"));
      out.append("<tr><td>").append(Html.esc(name)).append("</td><td>").append(Html.badge(state, LivePage.tone(state)))
          .append("</td><td>").append(Html.esc(String.valueOf(status.get("detail")))).append("</td></tr>");
    });
    out.append("</tbody></table></div>").append(outbox()).append(traffic());
    frame.render(ctx, "Health", "health", out.toString());
  }

  private String outbox() {
    OutboxStats stats = deps.stores().outbox().stats();
    return "<h2>Outbox</h2><p class=\"muted\">Emails, work orders and call notes wait here until delivered; failed "
        + "deliveries are retried with backoff (they stay pending meanwhile) and marked dead after their budget."
        + "</p><div class=\"kpis\">"
        + kpi("Pending (incl. retrying)", stats.pending(), stats.pending() > 0 ? "warn" : "")
        + kpi("Delivered", stats.sent(), "") + kpi("Dead", stats.dead(), stats.dead() > 0 ? "bad" : "") + "</div>";
  }

  private String traffic() {
    StringBuilder out = new StringBuilder("<h2>Traffic</h2><div class=\"kpis\">")
        .append(kpi("Live calls (all instances)", board.activeCalls(), ""))
        .append(kpi("Phone calls on this instance", deps.phone().liveCalls(), ""))
        .append(kpi("Test calls on this instance", deps.testCalls().liveCount(), ""))
        .append(kpi("Media frames received", deps.phone().counters().decoded(), ""))
        .append(kpi("Malformed media frames", deps.phone().counters().malformedTotal(), ""))
        .append(kpi("Live page viewers", board.viewers(), ""));
    if (deps.dashboard().live() instanceof LocalLiveFeed local) {
      out.append(kpi("Live events dropped", local.dropped(), local.dropped() > 0 ? "warn" : ""));
    }
    return out.append("</div>").toString();
  }

  static String kpi(String label, long value, String tone) {
    return "<div class=\"kpi " + tone + "\"><span class=\"value\">" + value + "</span><span class=\"label\">"
        + Html.esc(label) + "</span></div>";
  }
}
