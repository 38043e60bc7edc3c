package app.chris.adapters.jdbi;

import app.chris.core.port.FailureKind;
import app.chris.core.port.PortException;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;

/**
 * An open connection pool (HikariCP) to a migrated database. Thread-safe. {@link #open} runs the Flyway
 * migrations in {@code db/migration} before returning; {@link #close()} must run on shutdown (embedded H2 is
 * opened with {@code DB_CLOSE_ON_EXIT=FALSE}, so this is where it is shut down cleanly).
 */
public final class Database implements AutoCloseable {
  private final DatabaseSettings settings;
  private final HikariDataSource pool;
  private final Jdbi jdbi;

  private Database(DatabaseSettings settings, HikariDataSource pool) {
    this.settings = settings;
    this.pool = pool;
    this.jdbi = Jdbi.create(pool);
  }

  /** Opens the pool and migrates; a database that cannot be reached or migrated is a {@link PortException}. */
  public static Database open(DatabaseSettings settings) {
    HikariDataSource pool;
    try {
      pool = new HikariDataSource(poolConfig(settings));
    } catch (RuntimeException e) {
      // The URL may carry credentials, so only the driver's own reason is kept.
      throw new PortException(FailureKind.UNAVAILABLE, "cannot connect to the database: " + e.getMessage(), e);
    }
    try {
      Flyway.configure().dataSource(pool).locations("classpath:db/migration").load().migrate();
      return new Database(settings, pool);
    } catch (FlywayException | IllegalStateException e) {
      pool.close();
      throw new PortException(FailureKind.UNAVAILABLE, "database migration failed: " + e.getMessage(), e);
    }
  }

  private static HikariConfig poolConfig(DatabaseSettings settings) {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(settings.jdbcUrl());
    config.setUsername(settings.user());
    config.setPassword(settings.password());
    config.setPoolName("chris-db");
    config.setMaximumPoolSize(10);
    // Fail fast at start (bad URL, wrong password) instead of on the first call.
    config.setInitializationFailTimeout(10_000);
    return config;
  }

  public Jdbi jdbi() {
    return jdbi;
  }

  public DatabaseSettings settings() {
    return settings;
  }

  /** Shuts embedded H2 down (so the next start needs no recovery), then closes the pool. Idempotent. */
  @Override
  public void close() {
    if (pool.isClosed()) {
      return;
    }
    try {
      if (settings.isH2()) {
        jdbi.useHandle(h -> h.execute("SHUTDOWN"));
      }
    } catch (JdbiException e) {
      // Already shut down (or the file is gone): closing the pool is all that is left to do.
    } finally {
      pool.close();
    }
  }
}
