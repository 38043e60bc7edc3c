package app.chris.app.dashboard;

import app.chris.core.port.DashboardRole;
import app.chris.core.port.DashboardUser;
import app.chris.core.port.DashboardUsers;
import app.chris.core.security.Pins;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Clock;
import java.util.Optional;

/** {@code /dashboard/users} (admins only): list accounts, add a viewer or admin, remove one (not yourself). */
final class UserRoutes {
  static final int MIN_PASSWORD = 10;

  private final Frame frame;
  private final DashboardUsers users;
  private final Clock clock;

  UserRoutes(Frame frame, DashboardUsers users, Clock clock) {
    this.frame = frame;
    this.users = users;
    this.clock = clock;
  }

  void register(RoutesConfig routes) {
    routes.get("/dashboard/users", ctx -> show(ctx, Notices.of(ctx)));
    routes.post("/dashboard/users", this::add);
    routes.post("/dashboard/users/{name}/remove", this::remove);
  }

  private void show(Context ctx, String notice) {
    if (!Frame.isAdmin(ctx)) {
      throw DashboardException.forbidden("Only admins manage users.");
    }
    frame.render(ctx, "Users", "users", UsersPage.render(users.all(), Frame.user(ctx), Frame.csrf(ctx), notice,
        frame.zone()));
  }

  private void add(Context ctx) {
    String name = Optional.ofNullable(ctx.formParam("name")).orElse("");
    String password = Optional.ofNullable(ctx.formParam("password")).orElse("");
    DashboardRole role = "admin".equals(ctx.formParam("role")) ? DashboardRole.ADMIN : DashboardRole.VIEWER;
    String problem;
    try {
      DashboardUser.normalize(name);
      problem = password.length() < MIN_PASSWORD ? "A password needs at least " + MIN_PASSWORD + " characters." : "";
    } catch (IllegalArgumentException e) {
      problem = "Invalid user name: " + e.getMessage() + ".";
    }
    if (problem.isEmpty() && users.add(new DashboardUser(name, role, Pins.hash(password), Frame.user(ctx),
        clock.instant())).isEmpty()) {
      problem = "There is already a user called " + name.strip() + ".";
    }
    if (!problem.isEmpty()) {
      ctx.status(422);
      show(ctx, "<p class=\"alert bad\" role=\"alert\">" + Html.esc(problem) + "</p>");
      return;
    }
    ctx.redirect("/dashboard/users?notice=user-added", HttpStatus.SEE_OTHER);
  }

  private void remove(Context ctx) {
    String name = ctx.pathParam("name");
    if (name.equalsIgnoreCase(Frame.user(ctx))) {
      throw DashboardException.forbidden("You cannot remove yourself; ask another admin.");
    }
    if (!users.remove(name)) {
      throw DashboardException.notFound("There is no user " + name + ".");
    }
    ctx.redirect("/dashboard/users?notice=user-removed", HttpStatus.SEE_OTHER);
  }
}
