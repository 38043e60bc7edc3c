package app.chris.app.dashboard;

import app.chris.core.port.Tenant;
import java.util.List;

/** The test console: pick a caller id, start a call, type what the caller says, read Chris's answers. */
final class ConsolePage {
  private static final int TENANTS_LISTED = 40;

  private ConsolePage() {}

  static String render(boolean admin, List<Tenant> tenants) {
    if (!admin) {
      return "<div class=\"head\"><h1>Test console</h1></div><p class=\"alert info\">Test calls create call records "
          + "and service requests, so only admins can start them.</p>";
    }
    StringBuilder callers = new StringBuilder("<option value=\"\">Withheld number</option>");
    tenants.stream().filter(t -> !t.phones().isEmpty()).limit(TENANTS_LISTED).forEach(t -> callers
        .append("<option value=\"").append(Html.esc(t.phones().get(0).e164())).append("\">")
        .append(Html.esc(t.fullName() + " · " + t.phones().get(0).e164())).append("</option>"));
    return "<div class=\"head\"><h1>Test console</h1><span id=\"console-state\" class=\"badge muted\">no call</span>"
        + "</div><p class=\"lede\">Talk to Chris by typing. It is the same engine, policies, tools and records as a "
        + "phone call; only the audio is replaced by text. The call also shows on the Live page.</p>"
        + "<section class=\"card console\"><form id=\"console-start\" class=\"form-row\">"
        + "<label class=\"grow\">Caller id<select name=\"from\" id=\"console-from\">" + callers + "</select></label>"
        + "<button type=\"submit\" class=\"primary\" id=\"console-call\">Start call</button>"
        + "<button type=\"button\" id=\"console-hangup\" disabled>Hang up</button></form>"
        + "<ol id=\"console-transcript\" class=\"transcript chat\" aria-live=\"polite\"></ol>"
        + "<form id=\"console-say\" class=\"form-row\"><label class=\"grow\">Caller says<input name=\"text\" "
        + "id=\"console-text\" autocomplete=\"off\" disabled maxlength=\"2000\" placeholder=\"my kitchen sink is "
        + "leaking\"></label><button type=\"submit\" class=\"primary\" id=\"console-send\" disabled>Send</button>"
        + "</form><p id=\"console-result\" class=\"muted\"></p></section>";
  }
}
