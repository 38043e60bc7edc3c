package app.chris.app.dashboard;

import app.chris.core.port.PropertyDirectory;
import io.javalin.http.Context;
import java.time.ZoneId;

/** Renders a page into the shared layout for the signed-in user, with the company's name and time zone. */
final class Frame {
  private final PropertyDirectory directory;

  Frame(PropertyDirectory directory) {
    this.directory = directory;
  }

  void render(Context ctx, String title, String active, String body, String... scripts) {
    ctx.html(Layout.page(title, active, Guard.session(ctx), directory.company().name(), body, scripts));
  }

  ZoneId zone() {
    return directory.company().timeZone();
  }

  static boolean isAdmin(Context ctx) {
    return Guard.session(ctx).isAdmin();
  }

  static String csrf(Context ctx) {
    return Guard.session(ctx).csrfToken();
  }

  static String user(Context ctx) {
    return Guard.session(ctx).userName();
  }
}
