package app.chris.app.dashboard;

import app.chris.core.port.CallAnalytics;
import app.chris.core.port.CallHistory;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code /dashboard/analytics}: calls per day and hour, intents, outcomes, emergencies, verification rate, latency
 * percentiles, model usage and escalations over the last 1, 7, 30 or 90 days, as charts. The figures are
 * aggregated by {@link CallHistory} in the database, so the page stays fast with a long history.
 */
final class AnalyticsPage {
  private static final Set<Integer> RANGES = Set.of(1, 7, 30, 90);

  private final Frame frame;
  private final CallHistory history;
  private final Clock clock;

  AnalyticsPage(Frame frame, CallHistory history, Clock clock) {
    this.frame = frame;
    this.history = history;
    this.clock = clock;
  }

  void register(RoutesConfig routes) {
    routes.get("/dashboard/analytics", this::show);
  }

  private void show(Context ctx) {
    int days = days(ctx.queryParam("days"));
    ZoneId zone = frame.zone();
    LocalDate today = LocalDate.ofInstant(clock.instant(), zone);
    LocalDate first = today.minusDays(days - 1L);
    Instant from = first.atStartOfDay(zone).toInstant();
    CallAnalytics a = history.analytics(from, today.plusDays(1).atStartOfDay(zone).toInstant(), zone);
    StringBuilder out = new StringBuilder("<div class=\"head\"><h1>Analytics</h1><nav class=\"range\">");
    for (int d : List.of(1, 7, 30, 90)) {
      out.append("<a href=\"/dashboard/analytics?days=").append(d).append('"').append(d == days ? " class=\"on\"" : "")
          .append('>').append(d == 1 ? "Today" : "Last " + d + " days").append("</a> ");
    }
    out.append("</nav></div>").append(AnalyticsSections.kpis(a))
        .append("<div class=\"charts\">")
        .append(chart("Calls per day", Charts.columns("Calls per day", perDay(a, first, days), days > 14 ? 7 : 1, "")))
        .append(chart("Calls by hour of day", Charts.columns("Calls by hour", perHour(a), 3, "alt")))
        .append(AnalyticsSections.categories(a)).append("</div>");
    frame.render(ctx, "Analytics", "analytics", out.toString());
  }

  private static String chart(String title, String svg) {
    return "<section class=\"card chart\"><h3>" + Html.esc(title) + "</h3>" + svg + "</section>";
  }

  static String card(String title, String svg) {
    return chart(title, svg);
  }

  private static List<Map.Entry<String, Long>> perDay(CallAnalytics a, LocalDate first, int days) {
    List<Map.Entry<String, Long>> out = new ArrayList<>();
    for (int i = 0; i < days; i++) {
      LocalDate day = first.plusDays(i);
      out.add(Map.entry(day.getMonthValue() + "/" + day.getDayOfMonth(), a.callsPerDay().getOrDefault(day, 0L)));
    }
    return out;
  }

  private static List<Map.Entry<String, Long>> perHour(CallAnalytics a) {
    Map<String, Long> hours = new LinkedHashMap<>();
    for (int h = 0; h < 24; h++) {
      hours.put(h + "h", a.callsPerHour().get(h));
    }
    return new ArrayList<>(hours.entrySet());
  }

  private static int days(String raw) {
    try {
      int days = raw == null ? 30 : Integer.parseInt(raw);
      return RANGES.contains(days) ? days : 30;
    } catch (NumberFormatException e) {
      return 30;
    }
  }
}
