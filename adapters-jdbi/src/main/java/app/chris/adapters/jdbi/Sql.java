package app.chris.adapters.jdbi;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.function.Supplier;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.JdbiException;
import org.jdbi.v3.core.argument.Argument;

/** Small portable JDBC helpers shared by the stores: UTC timestamps, optional columns, duplicate-key inserts. */
final class Sql {
  private static final String UNIQUE_VIOLATION = "23505";

  private Sql() {}

  /**
   * The clock's time at the precision both H2 and PostgreSQL store (microseconds), so a value the store assigns
   * and returns equals the one read back later.
   */
  static Instant now(Clock clock) {
    return clock.instant().truncatedTo(ChronoUnit.MICROS);
  }

  /** Binds an instant as TIMESTAMP WITH TIME ZONE in UTC, independent of the JVM's default zone. */
  static Argument time(Instant instant) {
    OffsetDateTime utc = instant.atOffset(ZoneOffset.UTC);
    return (position, statement, ctx) -> statement.setObject(position, utc);
  }

  static Argument time(Optional<Instant> instant) {
    return instant.isPresent()
        ? time(instant.get())
        : (position, statement, ctx) -> statement.setNull(position, Types.TIMESTAMP_WITH_TIMEZONE);
  }

  static Instant instant(ResultSet rs, String column) throws SQLException {
    return rs.getObject(column, OffsetDateTime.class).toInstant();
  }

  static Optional<Instant> optionalInstant(ResultSet rs, String column) throws SQLException {
    return Optional.ofNullable(rs.getObject(column, OffsetDateTime.class)).map(OffsetDateTime::toInstant);
  }

  static Optional<String> optionalString(ResultSet rs, String column) throws SQLException {
    return Optional.ofNullable(rs.getString(column));
  }

  /**
   * Runs an insert inside a savepoint (a plain identifier, unique among nested ones) of the current
   * transaction; on a unique-key violation rolls back to the savepoint and returns empty. PostgreSQL aborts the
   * whole transaction on a failed statement, so a bare try/catch would not do.
   */
  static <T> Optional<T> unlessDuplicate(Handle handle, String savepoint, Supplier<T> insert) {
    handle.savepoint(savepoint);
    try {
      T result = insert.get();
      handle.releaseSavepoint(savepoint);
      return Optional.of(result);
    } catch (JdbiException e) {
      if (!isDuplicate(e)) {
        throw e;
      }
      handle.rollbackToSavepoint(savepoint);
      return Optional.empty();
    }
  }

  private static boolean isDuplicate(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLException && UNIQUE_VIOLATION.equals(((SQLException) t).getSQLState())) {
        return true;
      }
    }
    return false;
  }

  static String truncate(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max);
  }
}
