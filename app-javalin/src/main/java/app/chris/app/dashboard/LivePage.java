package app.chris.app.dashboard;

import app.chris.app.api.Readiness;
import java.util.Map;

/**
 * The live calls page: a shell the browser fills from the live socket (live.js), with the vendors' overall state
 * from the readiness checks on top. Each call card shows caller, tenant once verified, intents, duration, what
 * Chris is doing, the model, each vendor's connection and per-turn latency, and the transcript as it streams.
 */
final class LivePage {
  private static final Map<String, String> VENDORS = Map.of(
      "model", "Language model (OpenAI / xAI)",
      "voice", "Voice (ElevenLabs)",
      "propertySystem", "Property system (Rent Manager)",
      "email", "Email (SendGrid)");

  private LivePage() {}

  static String body(Readiness.Report report) {
    StringBuilder vendors = new StringBuilder("<ul class=\"vendors\">");
    report.components().forEach((name, value) -> {
      if (VENDORS.containsKey(name) && value instanceof Map<?, ?> status) {
        String state = String.valueOf(status.get("status"));
        vendors.append("<li title=\"").append(Html.esc(String.valueOf(status.get("detail")))).append("\">")
            .append(Html.esc(VENDORS.get(name))).append(' ').append(Html.badge(state, tone(state))).append("</li>");
      }
    });
    vendors.append("</ul>");
    return "<div class=\"head\"><h1>Live calls <span id=\"live-count\" class=\"count\">0</span></h1>"
        + "<span id=\"live-status\" class=\"badge muted\">connecting…</span></div>" + vendors
        + "<section id=\"calls\" class=\"live-grid\" aria-live=\"polite\"></section>"
        + "<p id=\"no-calls\" class=\"empty\">No calls right now. Calls appear here the moment they start; try the "
        + "<a href=\"/dashboard/console\">test console</a>.</p>"
        + "<h2 class=\"sub\">Recently ended</h2><section id=\"ended\" class=\"live-grid ended\"></section>";
  }

  static String tone(String state) {
    return switch (state) {
      case "up", "connected", "streaming" -> "ok";
      case "down" -> "bad";
      default -> state.startsWith("failed") || state.equals("unavailable") ? "bad" : "muted";
    };
  }
}
