package app.chris.app.dashboard;

import app.chris.core.port.CallAnalytics;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** The analytics page's headline figures and its category charts (intents, outcomes, latency, models). */
final class AnalyticsSections {
  private AnalyticsSections() {}

  static String kpis(CallAnalytics a) {
    return "<div class=\"kpis\" id=\"kpis\">" + HealthPage.kpi("Calls", a.calls(), "")
        + HealthPage.kpi("Emergencies", a.emergencies(), a.emergencies() > 0 ? "bad" : "")
        + HealthPage.kpi("Verification attempts", a.verificationAttempts(), "")
        + HealthPage.kpi("Turns answered", a.latency().turns(), "")
        + HealthPage.kpi("Escalated turns", a.escalatedTurns(), "")
        + HealthPage.kpi("Median latency (ms)", a.latency().p50(), "") + "</div>";
  }

  static String categories(CallAnalytics a) {
    Map<String, Long> latency = new LinkedHashMap<>();
    if (a.latency().turns() > 0) {
      latency.put("p50", a.latency().p50());
      latency.put("p90", a.latency().p90());
      latency.put("p99", a.latency().p99());
      latency.put("max", a.latency().max());
    }
    Map<String, Long> models = new LinkedHashMap<>(a.modelTurns());
    if (a.escalatedTurns() > 0) {
      models.put("escalated to stronger", a.escalatedTurns());
    }
    return AnalyticsPage.card("Intents", Charts.bars("Intents", labelled(a.intents()), "", ""))
        + AnalyticsPage.card("Outcomes", Charts.bars("Outcomes", labelled(a.outcomes()), "", "alt"))
        + AnalyticsPage.card("Verification success", verification(a))
        + AnalyticsPage.card("Turn latency percentiles", Charts.bars("Latency", latency, " ms", "warm")
            + "<p class=\"hint\">Phone: caller's speech end to Chris's first audio. Text: first token.</p>")
        + AnalyticsPage.card("Model usage (turns)", Charts.bars("Models", models, "", "alt"));
  }

  private static String verification(CallAnalytics a) {
    if (a.verificationAttempts() == 0) {
      return "<p class=\"empty\">No caller tried to verify in this period.</p>";
    }
    return Charts.ring("Verification success rate", a.verificationRate()) + "<p class=\"hint\">" + a.verified()
        + " of " + a.verificationAttempts() + " calls that tried verification passed.</p>";
  }

  private static <E extends Enum<E>> Map<String, Long> labelled(Map<E, Long> counts) {
    Map<String, Long> out = new LinkedHashMap<>();
    counts.entrySet().stream().sorted(Map.Entry.<E, Long>comparingByValue().reversed())
        .forEach(e -> out.put(e.getKey().name().toLowerCase(Locale.ROOT).replace('_', ' '), e.getValue()));
    return out;
  }
}
