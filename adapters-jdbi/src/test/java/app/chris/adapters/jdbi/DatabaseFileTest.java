package app.chris.adapters.jdbi;

import static org.assertj.core.api.Assertions.assertThat;

import app.chris.core.port.CallId;
import app.chris.core.port.KnowledgeSource;
import app.chris.core.port.NewKnowledgeFact;
import app.chris.core.port.OutboxMessage;
import app.chris.testkit.DemoPortfolio;
import app.chris.testkit.MutableClock;
import app.chris.testkit.StoreSamples;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded H2 file: migrations on a fresh directory, data across a clean reopen and across a crash. */
class DatabaseFileTest {
  private final MutableClock clock = MutableClock.startingNow();

  @Test
  void givenFreshDataDir_openWriteCloseReopen_keepsEveryStoresDataAndMigratesOnce(@TempDir Path dir) throws Exception {
    DatabaseSettings settings = DatabaseSettings.embedded(dir);
    var call = StoreSamples.call("c_file", "+12175550101", clock.instant());
    try (Database db = Database.open(settings)) {
      new JdbiCallLog(db, clock).save(call, List.of(new OutboxMessage("c_file:fx", Optional.of(call.id()),
          StoreSamples.everyEffect(call.id(), clock.instant()).get(0))));
      new LocalPortfolioStore(db, clock).importPortfolio(DemoPortfolio.build());
      new JdbiKnowledgeStore(db, clock).add(new NewKnowledgeFact(Optional.empty(), "Gate code is 1234.",
          KnowledgeSource.DASHBOARD, "Pat Morgan", Optional.empty()));
      new JdbiServiceDesk(db, clock).file(StoreSamples.newRequest("k1", call.id()));
    }
    assertThat(dir.resolve("chris.mv.db")).isRegularFile();
    try (Database db = Database.open(settings)) {
      assertThat(new JdbiCallLog(db, clock).find(call.id())).contains(call);
      assertThat(new JdbiOutbox(db, clock).forCall(call.id())).hasSize(2);
      LocalPortfolioStore portfolio = new LocalPortfolioStore(db, clock);
      assertThat(portfolio.isEmpty()).isFalse();
      assertThat(portfolio.tenants()).isEqualTo(DemoPortfolio.build().tenants());
      assertThat(new JdbiKnowledgeStore(db, clock).active()).extracting(f -> f.text())
          .containsExactly("Gate code is 1234.");
      assertThat(new JdbiServiceDesk(db, clock).recent(5)).hasSize(1);
      int migrations = db.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM \"flyway_schema_history\" "
          + "WHERE \"success\" = TRUE AND \"version\" IS NOT NULL").mapTo(Integer.class).one());
      assertThat(migrations).isEqualTo(migrationFiles());
    }
  }

  @Test
  void givenProcessHaltedRightAfterSave_reopen_findsTheCallAndItsOutboxRow(@TempDir Path dir) throws Exception {
    Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), CrashingWriter.class.getName(), dir.toString())
        .redirectErrorStream(true).start();
    assertThat(child.waitFor(120, TimeUnit.SECONDS)).as("child JVM finished").isTrue();
    assertThat(output(child)).contains("saved");
    try (Database db = Database.open(DatabaseSettings.embedded(dir))) {
      CallId id = new CallId("c_crash");
      assertThat(new JdbiCallLog(db, clock).find(id)).isPresent();
      assertThat(new JdbiOutbox(db, clock).forCall(id)).hasSize(1);
    }
  }

  @Test
  void givenEmbeddedSettings_url_isAnAbsoluteDurableFileAndToStringHidesThePassword() {
    DatabaseSettings embedded = DatabaseSettings.embedded(Path.of("relative-data"));
    assertThat(embedded.jdbcUrl()).startsWith("jdbc:h2:file:" + Path.of("relative-data").toAbsolutePath())
        .contains(";WRITE_DELAY=0").contains(";DB_CLOSE_ON_EXIT=FALSE");
    DatabaseSettings pg = new DatabaseSettings("jdbc:postgresql://db/chris", "chris", "s3cret-pw");
    assertThat(pg.toString()).doesNotContain("s3cret-pw").contains("jdbc:postgresql://db/chris");
  }

  private static String output(Process p) throws IOException {
    return new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
  }

  /** Every versioned migration shipped, each applied exactly once. */
  private static long migrationFiles() throws Exception {
    try (var files = java.nio.file.Files.list(
        Path.of(DatabaseFileTest.class.getResource("/db/migration").toURI()))) {
      return files.filter(f -> f.getFileName().toString().matches("V\\d+__.*\\.sql")).count();
    }
  }
}
