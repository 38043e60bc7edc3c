package app.chris.app.dashboard;

import io.javalin.http.Context;

/** A refused or failed dashboard request, as a small page (or plain JSON for the console's fetch calls). */
final class ErrorPage {
  private ErrorPage() {}

  static void render(Context ctx, int status, String message) {
    Guard.securityHeaders(ctx);
    String accept = ctx.header("Accept");
    if (accept != null && accept.contains("application/json")) {
      ctx.status(status).json(java.util.Map.of("error", "http_" + status, "message", message));
      return;
    }
    String title = switch (status) {
      case 401 -> "Please sign in";
      case 403 -> "Not allowed";
      case 404 -> "Not found";
      default -> "Something went wrong";
    };
    ctx.status(status).html(Layout.bare(title, "<section class=\"card narrow\"><h1>" + Html.esc(title) + "</h1>"
        + "<p class=\"alert bad\" role=\"alert\">" + Html.esc(message) + "</p>"
        + "<p><a href=\"/dashboard\">Back to the dashboard</a></p></section>"));
  }
}
