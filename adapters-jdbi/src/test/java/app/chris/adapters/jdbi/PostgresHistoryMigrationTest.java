package app.chris.adapters.jdbi;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;

/** The V5 backfill on PostgreSQL, in a private schema; skipped unless {@code CHRIS_TEST_POSTGRES_URL} is set. */
class PostgresHistoryMigrationTest extends HistoryMigrationTest {
  private String url;
  private String schema;

  @Override
  protected DatabaseSettings emptyDatabase() {
    url = System.getenv(TestDb.POSTGRES_ENV);
    assumeTrue(url != null && !url.isBlank(), TestDb.POSTGRES_ENV + " is not set, so the PostgreSQL run is skipped");
    schema = "chris_test_" + UUID.randomUUID().toString().replace("-", "");
    execute("CREATE SCHEMA " + schema);
    return new DatabaseSettings(url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema, "", "");
  }

  @Override
  protected void dropDatabase() {
    if (schema != null) {
      execute("DROP SCHEMA " + schema + " CASCADE");
    }
  }

  private void execute(String sql) {
    try (Connection c = DriverManager.getConnection(url)) {
      c.createStatement().execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException("test database setup failed: " + e.getMessage(), e);
    }
  }
}
