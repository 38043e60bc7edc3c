package app.chris.adapters.jdbi;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A fresh, migrated database for one test: a private in-memory H2, or (when {@code CHRIS_TEST_POSTGRES_URL} is
 * set) a private schema in that PostgreSQL, dropped on close. Without the variable PostgreSQL tests are skipped.
 * {@link #openAnother()} opens a second pool on the same data, as a second instance of Chris would.
 */
final class TestDb implements AutoCloseable {
  static final String POSTGRES_ENV = "CHRIS_TEST_POSTGRES_URL";
  private final Database database;
  private final String adminUrl;
  private final String schema;
  private final List<Database> others = new ArrayList<>();

  private TestDb(Database database, String adminUrl, String schema) {
    this.database = database;
    this.adminUrl = adminUrl;
    this.schema = schema;
  }

  static TestDb h2() {
    String url = "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
    return new TestDb(Database.open(new DatabaseSettings(url, "sa", "")), null, null);
  }

  static TestDb postgres() {
    String url = System.getenv(POSTGRES_ENV);
    assumeTrue(url != null && !url.isBlank(), POSTGRES_ENV + " is not set, so the PostgreSQL run is skipped "
        + "(e.g. " + POSTGRES_ENV + "=jdbc:postgresql://127.0.0.1:5432/test?user=postgres)");
    String schema = "chris_test_" + UUID.randomUUID().toString().replace("-", "");
    execute(url, "CREATE SCHEMA " + schema);
    String scoped = url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    return new TestDb(Database.open(new DatabaseSettings(scoped, "", "")), url, schema);
  }

  Database database() {
    return database;
  }

  /** Another instance's pool on this database (closed with this one). */
  Database openAnother() {
    Database another = Database.open(database.settings());
    others.add(another);
    return another;
  }

  boolean isPostgres() {
    return schema != null;
  }

  @Override
  public void close() {
    others.forEach(Database::close);
    database.close();
    if (schema != null) {
      execute(adminUrl, "DROP SCHEMA " + schema + " CASCADE");
    }
  }

  private static void execute(String url, String sql) {
    try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
      s.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException("test database setup failed: " + e.getMessage(), e);
    }
  }
}
