package app.chris.app.dashboard;

import app.chris.core.port.DashboardSession;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpStatus;
import java.util.Optional;

/**
 * Runs before every dashboard request: a signed-in session is required (pages redirect to the login), responses
 * are marked private and framed by a strict Content-Security-Policy, and a state-changing request must come from
 * this origin, carry the session's CSRF token (form field {@code _csrf} or header {@code X-CSRF-Token}) and
 * belong to an admin.
 */
final class Guard {
  static final String SESSION = "dashboard.session";
  static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
      + "connect-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'none'; object-src 'none'";

  private final Sessions sessions;
  private final Origins origins;

  Guard(Sessions sessions, Origins origins) {
    this.sessions = sessions;
    this.origins = origins;
  }

  static void securityHeaders(Context ctx) {
    ctx.header("Content-Security-Policy", CSP);
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("Referrer-Policy", "same-origin");
    ctx.header("Cache-Control", "no-store");
  }

  void check(Context ctx) {
    if (ctx.path().startsWith(Layout.ASSETS) || ctx.path().equals(LiveSocket.PATH)) {
      return; // public static files; the socket checks itself on upgrade
    }
    securityHeaders(ctx);
    Optional<DashboardSession> session = sessions.current(ctx);
    boolean reads = ctx.method() == HandlerType.GET || ctx.method() == HandlerType.HEAD;
    if (session.isEmpty()) {
      if (reads) {
        ctx.redirect("/login?next=" + Html.url(ctx.path()), HttpStatus.SEE_OTHER);
        ctx.skipRemainingHandlers();
        return;
      }
      throw new DashboardException(401, "Your session has ended. Sign in again.");
    }
    ctx.attribute(SESSION, session.get());
    if (!reads) {
      requireChangeAllowed(ctx, session.get());
    }
  }

  private void requireChangeAllowed(Context ctx, DashboardSession session) {
    if (!origins.allows(ctx.header("Origin"), ctx.header("Host"))) {
      throw DashboardException.forbidden("This request did not come from the dashboard (origin check failed).");
    }
    String token = Optional.ofNullable(ctx.header("X-CSRF-Token")).orElseGet(() -> ctx.formParam("_csrf"));
    if (!Secrets.same(token, session.csrfToken())) {
      throw DashboardException.forbidden("The form's security token is missing or wrong. Reload the page and try "
          + "again.");
    }
    if (!session.isAdmin()) {
      throw DashboardException.forbidden("Viewers can look but not change anything. Ask an admin.");
    }
  }

  /** The session the guard admitted for this request. */
  static DashboardSession session(Context ctx) {
    DashboardSession session = ctx.attribute(SESSION);
    if (session == null) {
      throw new IllegalStateException("dashboard handler ran without the guard");
    }
    return session;
  }
}
