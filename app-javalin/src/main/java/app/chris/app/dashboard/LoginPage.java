package app.chris.app.dashboard;

/** The sign-in form. */
final class LoginPage {
  private LoginPage() {}

  static String render(String csrf, String next, String error, boolean hasFirstAdmin) {
    String hint = hasFirstAdmin
        ? "Sign in with your dashboard account."
        : "No dashboard account is set up yet: sign in as <b>admin</b> with the server's ADMIN_TOKEN, or set "
            + "DASHBOARD_ADMIN_USER and DASHBOARD_ADMIN_PASSWORD.";
    String alert = error.isEmpty() ? "" : "<p class=\"alert bad\" role=\"alert\">" + Html.esc(error) + "</p>";
    return Layout.bare("Sign in", "<section class=\"login card\"><h1><span class=\"logo\">C</span>Chris</h1>"
        + "<p class=\"muted\">Dashboard</p>" + alert
        + "<form method=\"post\" action=\"/login\" id=\"login\">" + Html.csrfField(csrf)
        + "<input type=\"hidden\" name=\"next\" value=\"" + Html.esc(next) + "\">"
        + "<label>User<input name=\"user\" id=\"user\" autocomplete=\"username\" required autofocus></label>"
        + "<label>Password<input name=\"password\" id=\"password\" type=\"password\" "
        + "autocomplete=\"current-password\" required></label>"
        + "<button type=\"submit\" class=\"primary\">Sign in</button></form>"
        + "<p class=\"hint\">" + hint + "</p></section>");
  }
}
