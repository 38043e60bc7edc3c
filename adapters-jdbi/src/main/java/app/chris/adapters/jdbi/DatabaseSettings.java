package app.chris.adapters.jdbi;

import java.nio.file.Path;
import java.util.Objects;

/** Where the database is and how to log in; the password never appears in {@link #toString()}. */
public record DatabaseSettings(String jdbcUrl, String user, String password) {
  public DatabaseSettings {
    Objects.requireNonNull(jdbcUrl, "jdbcUrl");
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(password, "password");
    if (!jdbcUrl.startsWith("jdbc:")) {
      throw new IllegalArgumentException("not a JDBC URL: " + jdbcUrl.split("[?;]")[0]);
    }
  }

  /**
   * The embedded H2 file {@code <dataDir>/chris}. {@code WRITE_DELAY=0} writes every commit to the file before
   * returning, so a committed call survives a process crash (kill -9); {@code DB_CLOSE_ON_EXIT=FALSE} leaves
   * closing to {@link Database#close()}, which runs {@code SHUTDOWN} after the last call is saved.
   */
  public static DatabaseSettings embedded(Path dataDir) {
    Path file = dataDir.toAbsolutePath().normalize().resolve("chris");
    String url = "jdbc:h2:file:" + file.toString().replace('\\', '/') + ";WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE";
    return new DatabaseSettings(url, "chris", "");
  }

  /** True for H2 (embedded file or in-memory), which needs an explicit SHUTDOWN on close. */
  public boolean isH2() {
    return jdbcUrl.startsWith("jdbc:h2:");
  }

  /** True for PostgreSQL, where several instances may share the database (LISTEN/NOTIFY, SKIP LOCKED). */
  public boolean isPostgres() {
    return jdbcUrl.startsWith("jdbc:postgresql:");
  }

  @Override
  public String toString() {
    return "DatabaseSettings[jdbcUrl=" + jdbcUrl + ", user=" + user + ", password=***]";
  }
}
