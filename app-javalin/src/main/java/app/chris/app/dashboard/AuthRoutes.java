package app.chris.app.dashboard;

import app.chris.core.port.DashboardRole;
import app.chris.core.port.DashboardSession;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * {@code /login} and {@code /logout}. The login form carries its own CSRF token (a double-submit cookie, as there
 * is no session yet); failed logins are limited per client address; {@code next} only ever leads into the
 * dashboard.
 */
final class AuthRoutes {
  private static final String LOGIN_COOKIE = "chris_login";

  private final Sessions sessions;
  private final LoginLimiter limiter;
  private final Origins origins;
  private final BooleanSupplier hasUsers;

  AuthRoutes(Sessions sessions, LoginLimiter limiter, Origins origins, BooleanSupplier hasUsers) {
    this.sessions = sessions;
    this.limiter = limiter;
    this.origins = origins;
    this.hasUsers = hasUsers;
  }

  void register(RoutesConfig routes) {
    routes.get("/", ctx -> ctx.redirect("/dashboard", HttpStatus.FOUND));
    routes.get("/login", ctx -> form(ctx, 200, ""));
    routes.post("/login", this::login);
    routes.post("/logout", this::logout);
  }

  private void form(Context ctx, int status, String error) {
    Guard.securityHeaders(ctx);
    String token = Secrets.token();
    ctx.cookie(sessions.cookie(LOGIN_COOKIE, token, 3600));
    ctx.status(status).html(LoginPage.render(token, next(ctx), error, hasUsers.getAsBoolean()));
  }

  private void login(Context ctx) {
    Guard.securityHeaders(ctx);
    String address = ctx.ip();
    if (!origins.allows(ctx.header("Origin"), ctx.header("Host"))
        || !Secrets.same(ctx.formParam("_csrf"), ctx.cookie(LOGIN_COOKIE))) {
      form(ctx, 403, "The sign-in form expired. Please try again.");
      return;
    }
    if (!limiter.allows(address)) {
      form(ctx, 429, "Too many failed sign-ins from your address. Wait a few minutes and try again.");
      return;
    }
    String name = Optional.ofNullable(ctx.formParam("user")).orElse("");
    String password = Optional.ofNullable(ctx.formParam("password")).orElse("");
    Optional<DashboardRole> role = sessions.authenticate(name, password);
    if (role.isEmpty()) {
      limiter.failed(address);
      form(ctx, 401, "That user name and password do not match.");
      return;
    }
    limiter.succeeded(address);
    sessions.open(ctx, name, role.get());
    ctx.cookie(sessions.cookie(LOGIN_COOKIE, "", 0));
    ctx.redirect(next(ctx), HttpStatus.SEE_OTHER);
  }

  private void logout(Context ctx) {
    Optional<DashboardSession> session = sessions.current(ctx);
    if (session.isPresent() && Secrets.same(ctx.formParam("_csrf"), session.get().csrfToken())
        && origins.allows(ctx.header("Origin"), ctx.header("Host"))) {
      sessions.close(ctx);
    }
    ctx.redirect("/login", HttpStatus.SEE_OTHER);
  }

  /** Where to go after signing in: a dashboard path only, never another site. */
  private static String next(Context ctx) {
    String next = Optional.ofNullable(ctx.queryParam("next")).orElseGet(() -> ctx.formParam("next"));
    return next != null && next.matches("/dashboard(/[A-Za-z0-9_/-]*)?") ? next : "/dashboard";
  }
}
