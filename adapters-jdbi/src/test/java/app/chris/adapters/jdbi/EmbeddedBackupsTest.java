package app.chris.adapters.jdbi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.chris.core.port.CallId;
import app.chris.core.port.Effect;
import app.chris.core.port.OutboxMessage;
import app.chris.testkit.MutableClock;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedBackupsTest {
  @TempDir
  Path temp;
  private final MutableClock clock = MutableClock.startingNow();

  private static OutboxMessage note(String key) {
    CallId call = new CallId("c_" + key);
    return new OutboxMessage(key, Optional.of(call), new Effect.CallNote(call, Optional.empty(), key));
  }

  @Test
  void givenARunningDatabase_backupNow_writesAZipThatRestoresTheDataAsItWas() throws IOException {
    Path backup;
    try (Database live = Database.open(DatabaseSettings.embedded(temp.resolve("live")))) {
      JdbiOutbox outbox = new JdbiOutbox(live, clock);
      outbox.enqueue(note("before"));
      backup = new EmbeddedBackups(live, temp.resolve("backups"), 7, clock).backupNow();
      outbox.enqueue(note("after"));
    }

    Path restored = temp.resolve("restored");
    unzip(backup, restored);
    try (Database db = Database.open(DatabaseSettings.embedded(restored))) {
      assertThat(new JdbiOutbox(db, clock).stats().pending()).isEqualTo(1);
    }
  }

  @Test
  void givenMoreBackupsThanKept_theOldestAreDeleted() {
    try (Database live = Database.open(DatabaseSettings.embedded(temp.resolve("live")))) {
      EmbeddedBackups backups = new EmbeddedBackups(live, temp.resolve("backups"), 2, clock);
      Path first = backups.backupNow();
      clock.advance(Duration.ofDays(1));
      Path second = backups.backupNow();
      clock.advance(Duration.ofDays(1));
      Path third = backups.backupNow();

      assertThat(backups.backups()).containsExactly(second, third);
      assertThat(first).doesNotExist();
    }
  }

  @Test
  void givenPostgres_backupsAreRefusedNamingTheToolToUse() {
    try (TestDb db = TestDb.postgres()) {
      assertThatThrownBy(() -> new EmbeddedBackups(db.database(), temp, 1, clock))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("pg_dump");
    }
  }

  private static void unzip(Path zip, Path into) throws IOException {
    Files.createDirectories(into);
    try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        copy(in, into.resolve(e.getName()));
      }
    }
  }

  private static void copy(InputStream in, Path to) throws IOException {
    Files.copy(in, to);
  }
}
