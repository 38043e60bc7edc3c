package app.chris.app;

import app.chris.adapters.jdbi.Database;
import app.chris.adapters.jdbi.EmbeddedBackups;
import app.chris.app.config.DatabaseConfig;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Daily online backups of the embedded H2 database into {@code DATA_DIR/backups} (the newest 7 kept), the first
 * ten minutes after start. PostgreSQL is backed up outside Chris (pg_dump, see docs/operations.md).
 */
final class BackupWiring {
  static final int KEEP = 7;
  private static final Logger LOG = LoggerFactory.getLogger(BackupWiring.class);

  private BackupWiring() {}

  static void schedule(DatabaseConfig config, Database database, Clock clock, ScheduledExecutorService background) {
    if (!(config instanceof DatabaseConfig.Embedded embedded)) {
      return;
    }
    EmbeddedBackups backups = new EmbeddedBackups(database, embedded.dataDir().resolve("backups"), KEEP, clock);
    background.scheduleAtFixedRate(() -> run(backups), 10, TimeUnit.DAYS.toMinutes(1), TimeUnit.MINUTES);
  }

  private static void run(EmbeddedBackups backups) {
    try {
      Path file = backups.backupNow();
      LOG.info("Database backed up to {}", file);
    } catch (RuntimeException e) {
      LOG.warn("Database backup failed (will try again tomorrow): {}", e.getMessage());
    }
  }
}
