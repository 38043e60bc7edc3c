package app.chris.app.dashboard;

import app.chris.core.port.DashboardSession;
import java.util.List;

/** The page frame every dashboard page shares: head, top bar with navigation and the signed-in user. */
final class Layout {
  static final String ASSETS = "/dashboard/assets/";
  private static final List<String[]> NAV = List.of(
      new String[] {"live", "/dashboard", "Live"},
      new String[] {"calls", "/dashboard/calls", "Calls"},
      new String[] {"analytics", "/dashboard/analytics", "Analytics"},
      new String[] {"knowledge", "/dashboard/knowledge", "Knowledge"},
      new String[] {"portfolio", "/dashboard/portfolio", "Portfolio"},
      new String[] {"console", "/dashboard/console", "Test console"},
      new String[] {"health", "/dashboard/health", "Health"},
      new String[] {"users", "/dashboard/users", "Users"});

  private Layout() {}

  /** A whole page; {@code scripts} are asset names loaded at the end of the body. */
  static String page(String title, String active, DashboardSession session, String company, String body,
      String... scripts) {
    StringBuilder out = head(title, session.csrfToken());
    out.append("<body data-page=\"").append(Html.esc(active)).append("\"><header class=\"top\">")
        .append("<a class=\"brand\" href=\"/dashboard\"><span class=\"logo\">C</span>Chris<small>")
        .append(Html.esc(company)).append("</small></a><nav>");
    for (String[] item : NAV) {
      if (item[0].equals("users") && !session.isAdmin()) {
        continue;
      }
      out.append("<a href=\"").append(item[1]).append('"').append(item[0].equals(active) ? " class=\"on\"" : "")
          .append('>').append(item[2]).append("</a>");
    }
    out.append("</nav><div class=\"who\"><span>").append(Html.esc(session.userName())).append(' ')
        .append(Html.badge(session.role().wire(), session.isAdmin() ? "info" : "muted")).append("</span>")
        .append(Html.button("/logout", "Sign out", session.csrfToken(), "link")).append("</div></header>")
        .append("<main>").append(body).append("</main>");
    out.append("<script src=\"").append(ASSETS).append("app.js\"></script>");
    for (String script : scripts) {
      out.append("<script src=\"").append(ASSETS).append(Html.esc(script)).append("\"></script>");
    }
    return out.append("</body></html>").toString();
  }

  /** A page for someone not signed in (login, errors before login). */
  static String bare(String title, String body) {
    return head(title, "").append("<body class=\"bare\"><main>").append(body).append("</main></body></html>")
        .toString();
  }

  private static StringBuilder head(String title, String csrf) {
    return new StringBuilder(8192).append("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
        .append("<meta name=\"csrf-token\" content=\"").append(Html.esc(csrf)).append("\">")
        .append("<title>").append(Html.esc(title)).append(" · Chris</title>")
        .append("<link rel=\"icon\" href=\"data:,\">")
        .append("<link rel=\"stylesheet\" href=\"").append(ASSETS).append("app.css\"></head>");
  }
}
