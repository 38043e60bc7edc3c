package app.chris.app.dashboard;

import app.chris.core.port.DashboardRole;
import app.chris.core.port.DashboardSession;
import app.chris.core.port.DashboardUser;
import app.chris.core.port.DashboardUsers;
import app.chris.core.security.Pins;
import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Dashboard logins: checks passwords (PBKDF2 hashes; {@code admin} with the {@code ADMIN_TOKEN} also works),
 * opens sessions kept in {@link DashboardUsers} and carried by an HttpOnly, SameSite=Strict cookie (Secure when
 * the public URL is https). Thread-safe.
 */
final class Sessions {
  static final String COOKIE = "chris_session";
  static final String TOKEN_USER = "admin";
  static final Duration LIFETIME = Duration.ofHours(12);
  /** Checked when the name is unknown, so a wrong name takes as long as a wrong password. */
  private static final String DUMMY_HASH = Pins.hash("not a password");

  private final DashboardUsers users;
  private final String adminToken;
  private final Clock clock;
  private final boolean secure;

  Sessions(DashboardUsers users, String adminToken, Clock clock, boolean secure) {
    this.users = users;
    this.adminToken = adminToken;
    this.clock = clock;
    this.secure = secure;
  }

  /** The role this name and password log in with, if they are right. */
  Optional<DashboardRole> authenticate(String name, String password) {
    Optional<DashboardUser> user = lookup(name);
    boolean ok = Pins.matches(password, user.map(DashboardUser::passwordHash).orElse(DUMMY_HASH));
    if (user.isPresent() && ok) {
      return Optional.of(user.get().role());
    }
    if (TOKEN_USER.equalsIgnoreCase(name.strip()) && Secrets.same(password, adminToken)) {
      return Optional.of(DashboardRole.ADMIN);
    }
    return Optional.empty();
  }

  /** Starts a session for {@code name} and sets its cookie on the response. */
  DashboardSession open(Context ctx, String name, DashboardRole role) {
    String token = Secrets.token();
    Instant now = clock.instant();
    DashboardSession session = new DashboardSession(Secrets.digest(token), name.strip().toLowerCase(
        java.util.Locale.ROOT), role, Secrets.token(), now, now.plus(LIFETIME));
    users.openSession(session);
    ctx.cookie(cookie(COOKIE, token, (int) LIFETIME.toSeconds()));
    return session;
  }

  Optional<DashboardSession> current(Context ctx) {
    return fromCookie(ctx.cookie(COOKIE));
  }

  /** The live session a cookie value stands for, if any. */
  Optional<DashboardSession> fromCookie(String value) {
    if (value == null || value.isBlank() || value.length() > 100) {
      return Optional.empty();
    }
    return users.session(Secrets.digest(value), clock.instant());
  }

  void close(Context ctx) {
    String value = ctx.cookie(COOKIE);
    if (value != null && !value.isBlank()) {
      users.closeSession(Secrets.digest(value));
    }
    ctx.cookie(cookie(COOKIE, "", 0));
  }

  /** Every dashboard cookie: HttpOnly, SameSite=Strict, whole site, Secure behind https. */
  Cookie cookie(String name, String value, int maxAgeSeconds) {
    return new Cookie(name, value, "/", maxAgeSeconds, secure, true, null, SameSite.STRICT);
  }

  private Optional<DashboardUser> lookup(String name) {
    try {
      return users.find(DashboardUser.normalize(name));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
