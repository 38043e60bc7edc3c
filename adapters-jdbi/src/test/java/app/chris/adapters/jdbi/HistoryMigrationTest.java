package app.chris.adapters.jdbi;

import static org.assertj.core.api.Assertions.assertThat;

import app.chris.core.port.CallAction;
import app.chris.core.port.CallAnalytics;
import app.chris.core.port.CallQuery;
import app.chris.core.port.Intent;
import app.chris.core.port.Outcome;
import app.chris.testkit.MutableClock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Calls saved before V5 (no call_intents rows, no identity columns) show up in history filters and analytics. */
class HistoryMigrationTest {
  private static final Instant T = MutableClock.DEFAULT_START;

  /** An empty database to migrate by hand. */
  protected DatabaseSettings emptyDatabase() {
    return new DatabaseSettings("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
  }

  @AfterEach
  protected void dropDatabase() {}

  @Test
  void givenCallsSavedBeforeV5_migrating_backfillsTheirIntentsAndIdentityChecks() {
    DatabaseSettings settings = emptyDatabase();
    Flyway.configure().dataSource(settings.jdbcUrl(), settings.user(), settings.password())
        .locations("classpath:db/migration").target("4").load().migrate();
    Jdbi v4 = Jdbi.create(settings.jdbcUrl(), settings.user(), settings.password());
    insertV4Call(v4, "c_1", T, "RENT_INFO,GOODBYE", "INFO",
        List.of(new CallAction("verify_identity", false, "attempt 1 failed", T),
            new CallAction("verify_identity", true, "verified T1001", T)));
    insertV4Call(v4, "c_2", T.plusSeconds(60), "EMERGENCY", null,
        List.of(new CallAction("verify_identity", false, "attempt 1 failed", T)));
    insertV4Call(v4, "c_3", T.plusSeconds(120), "", null, List.of());
    try (Database db = Database.open(settings)) {
      JdbiCallHistory history = new JdbiCallHistory(db);
      assertThat(history.search(query(Intent.RENT_INFO)).calls()).extracting(c -> c.id().value())
          .containsExactly("c_1");
      CallAnalytics a = history.analytics(T, T.plusSeconds(3600), ZoneOffset.UTC);
      assertThat(a.intents()).isEqualTo(Map.of(Intent.RENT_INFO, 1L, Intent.GOODBYE, 1L, Intent.EMERGENCY, 1L));
      assertThat(a.outcomes()).isEqualTo(Map.of(Outcome.INFO, 1L));
      assertThat(a.emergencies()).isEqualTo(1);
      assertThat(a.verificationAttempts()).isEqualTo(2);
      assertThat(a.verified()).isEqualTo(1);
    }
  }

  /** The row exactly as JdbiCallLog wrote it up to V4. */
  private static void insertV4Call(Jdbi jdbi, String id, Instant at, String intents, String outcome,
      List<CallAction> actions) {
    jdbi.useHandle(h -> h.createUpdate("INSERT INTO calls (id, channel, from_number, started_at, ended_at, "
            + "tenant_id, verified, intents, outcome, summary, transcript, actions) VALUES (:id, 'PHONE', NULL, :at, "
            + "NULL, NULL, FALSE, :intents, :outcome, 'Summary', '[]', :actions)")
        .bind("id", id).bind("at", Sql.time(at)).bind("intents", intents).bind("outcome", outcome)
        .bind("actions", Json.write(RecordJson.actions(actions))).execute());
  }

  private static CallQuery query(Intent intent) {
    return new CallQuery(Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(intent),
        Optional.empty(), Optional.empty(), 10);
  }
}
