package app.chris.adapters.jdbi;

import app.chris.core.port.DashboardRole;
import app.chris.core.port.DashboardSession;
import app.chris.core.port.DashboardUser;
import app.chris.core.port.DashboardUsers;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * {@link DashboardUsers} on the {@code dashboard_users} and {@code dashboard_sessions} tables (migration V6).
 * Thread-safe. A duplicate name is detected by the primary key, so two instances adding the same user at once
 * still end with one account.
 */
public final class JdbiDashboardUsers implements DashboardUsers {
  private static final String USER_COLUMNS = "name, role, password_hash, created_by, created_at";
  private static final String SESSION_COLUMNS = "token_digest, user_name, role, csrf_token, created_at, expires_at";
  private final Jdbi jdbi;

  public JdbiDashboardUsers(Database database) {
    this.jdbi = Objects.requireNonNull(database, "database").jdbi();
  }

  @Override
  public Optional<DashboardUser> add(DashboardUser user) {
    // Stored at the precision both databases keep, so the returned user equals the one read back later.
    DashboardUser stored = new DashboardUser(user.name(), user.role(), user.passwordHash(), user.createdBy(),
        user.createdAt().truncatedTo(ChronoUnit.MICROS));
    return Failures.inTransaction(jdbi, h -> Sql.unlessDuplicate(h, "add_dashboard_user", () -> {
      h.createUpdate("INSERT INTO dashboard_users (" + USER_COLUMNS + ") VALUES (:name, :role, :hash, :by, :at)")
          .bind("name", stored.name()).bind("role", stored.role().name()).bind("hash", stored.passwordHash())
          .bind("by", stored.createdBy()).bind("at", Sql.time(stored.createdAt())).execute();
      return stored;
    }));
  }

  @Override
  public Optional<DashboardUser> find(String name) {
    return Failures.withHandle(jdbi, h -> h.createQuery("SELECT " + USER_COLUMNS
            + " FROM dashboard_users WHERE name = :name")
        .bind("name", lookupName(name)).map(JdbiDashboardUsers::user).findOne());
  }

  @Override
  public List<DashboardUser> all() {
    return Failures.withHandle(jdbi, h -> h.createQuery("SELECT " + USER_COLUMNS
        + " FROM dashboard_users ORDER BY name").map(JdbiDashboardUsers::user).list());
  }

  @Override
  public boolean remove(String name) {
    String key = lookupName(name);
    return Failures.inTransaction(jdbi, h -> {
      h.createUpdate("DELETE FROM dashboard_sessions WHERE user_name = :name").bind("name", key).execute();
      return h.createUpdate("DELETE FROM dashboard_users WHERE name = :name").bind("name", key).execute() == 1;
    });
  }

  @Override
  public void openSession(DashboardSession s) {
    Objects.requireNonNull(s, "session");
    Failures.useTransaction(jdbi, h -> {
      h.createUpdate("DELETE FROM dashboard_sessions WHERE expires_at <= :now")
          .bind("now", Sql.time(s.createdAt())).execute();
      h.createUpdate("INSERT INTO dashboard_sessions (" + SESSION_COLUMNS
              + ") VALUES (:digest, :user, :role, :csrf, :created, :expires)")
          .bind("digest", s.tokenDigest()).bind("user", s.userName()).bind("role", s.role().name())
          .bind("csrf", s.csrfToken()).bind("created", Sql.time(s.createdAt()))
          .bind("expires", Sql.time(s.expiresAt())).execute();
    });
  }

  @Override
  public Optional<DashboardSession> session(String tokenDigest, Instant now) {
    return Failures.withHandle(jdbi, h -> h.createQuery("SELECT " + SESSION_COLUMNS
            + " FROM dashboard_sessions WHERE token_digest = :digest AND expires_at > :now")
        .bind("digest", tokenDigest).bind("now", Sql.time(now)).map(JdbiDashboardUsers::toSession).findOne());
  }

  @Override
  public void closeSession(String tokenDigest) {
    Failures.useHandle(jdbi, h -> h.createUpdate("DELETE FROM dashboard_sessions WHERE token_digest = :digest")
        .bind("digest", tokenDigest).execute());
  }

  /** A name that cannot be stored cannot be found either; it matches nothing rather than throwing. */
  private static String lookupName(String name) {
    try {
      return DashboardUser.normalize(name);
    } catch (IllegalArgumentException e) {
      return "";
    }
  }

  private static DashboardUser user(ResultSet rs, StatementContext ctx) throws SQLException {
    return new DashboardUser(rs.getString("name"), DashboardRole.valueOf(rs.getString("role")),
        rs.getString("password_hash"), rs.getString("created_by"), Sql.instant(rs, "created_at"));
  }

  private static DashboardSession toSession(ResultSet rs, StatementContext ctx) throws SQLException {
    return new DashboardSession(rs.getString("token_digest"), rs.getString("user_name"),
        DashboardRole.valueOf(rs.getString("role")), rs.getString("csrf_token"), Sql.instant(rs, "created_at"),
        Sql.instant(rs, "expires_at"));
  }
}
