package app.chris.adapters.jdbi;

import app.chris.core.port.FailureKind;
import app.chris.core.port.PortException;
import java.sql.SQLException;
import java.util.function.Supplier;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.HandleConsumer;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;

/**
 * Turns Jdbi/JDBC failures into {@link PortException} at every store's edge, so no Jdbi type reaches the core.
 * The message keeps only the SQLState: driver messages and Jdbi's statement dumps can hold caller data.
 */
final class Failures {
  private Failures() {}

  static <R> R withHandle(Jdbi jdbi, HandleCallback<R, RuntimeException> work) {
    return translate(() -> jdbi.withHandle(work));
  }

  static <R> R inTransaction(Jdbi jdbi, HandleCallback<R, RuntimeException> work) {
    return translate(() -> jdbi.inTransaction(work));
  }

  static void useHandle(Jdbi jdbi, HandleConsumer<RuntimeException> work) {
    translate(() -> jdbi.withHandle(h -> {
      work.useHandle(h);
      return null;
    }));
  }

  static void useTransaction(Jdbi jdbi, HandleConsumer<RuntimeException> work) {
    translate(() -> jdbi.inTransaction(h -> {
      work.useHandle(h);
      return null;
    }));
  }

  private static <T> T translate(Supplier<T> work) {
    try {
      return work.get();
    } catch (JdbiException e) {
      String state = sqlState(e);
      throw new PortException(kind(state), "database operation failed (SQLState " + state + ")", e);
    }
  }

  private static String sqlState(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLException && ((SQLException) t).getSQLState() != null) {
        return ((SQLException) t).getSQLState();
      }
    }
    return "unknown";
  }

  /** Connection loss, deadlock/serialization and lock or query timeouts are worth a retry; the rest is a bug. */
  static FailureKind kind(String state) {
    if (state.startsWith("08") || state.startsWith("40") || state.startsWith("57")) {
      return FailureKind.UNAVAILABLE;
    }
    if (state.equals("HYT00") || state.equals("HYT01")) {
      return FailureKind.TIMEOUT;
    }
    return FailureKind.UNKNOWN;
  }
}
