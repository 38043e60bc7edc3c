package app.chris.adapters.jdbi;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Online backups of the embedded H2 database with {@code BACKUP TO}: a transactionally consistent zip taken while
 * calls keep being written, named {@code chris-<UTC time>.zip}; only the newest {@code keep} are kept. Restore by
 * stopping Chris and unzipping one into {@code DATA_DIR}. Not thread-safe: run from one scheduler thread.
 */
public final class EmbeddedBackups {
  private static final DateTimeFormatter NAME =
      DateTimeFormatter.ofPattern("'chris-'yyyyMMdd'T'HHmmss'Z.zip'").withZone(ZoneOffset.UTC);
  private final Database database;
  private final Path dir;
  private final int keep;
  private final Clock clock;

  public EmbeddedBackups(Database database, Path dir, int keep, Clock clock) {
    this.database = Objects.requireNonNull(database, "database");
    this.dir = Objects.requireNonNull(dir, "dir").toAbsolutePath().normalize();
    this.clock = Objects.requireNonNull(clock, "clock");
    if (!database.settings().isH2()) {
      throw new IllegalArgumentException("BACKUP TO is H2's; back PostgreSQL up with pg_dump");
    }
    if (keep < 1) {
      throw new IllegalArgumentException("keep at least one backup");
    }
    this.keep = keep;
  }

  /** Writes a new backup, then deletes the oldest beyond {@code keep}; returns the new file. */
  public Path backupNow() {
    Path file = dir.resolve(NAME.format(clock.instant()));
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the backup directory " + dir, e);
    }
    // BACKUP TO takes a literal, not a parameter; the path is ours (DATA_DIR), quotes are escaped anyway.
    String literal = "'" + file.toString().replace("'", "''") + "'";
    Failures.useHandle(database.jdbi(), h -> h.execute("BACKUP TO " + literal));
    prune();
    return file;
  }

  /** Backups present, oldest first. */
  public List<Path> backups() {
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(p -> p.getFileName().toString().matches("chris-\\d{8}T\\d{6}Z\\.zip")).sorted().toList();
    } catch (IOException e) {
      return List.of();
    }
  }

  private void prune() {
    List<Path> all = backups();
    for (Path old : all.subList(0, Math.max(0, all.size() - keep))) {
      try {
        Files.deleteIfExists(old);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot delete old backup " + old, e);
      }
    }
  }
}
