package app.chris.adapters.jdbi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.chris.core.port.LiveEvent;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Two instances' live feeds on one PostgreSQL schema; skipped unless {@code CHRIS_TEST_POSTGRES_URL} is set. */
class PostgresLiveFeedTest {
  private static final Duration WAIT = Duration.ofSeconds(20);
  private TestDb db;
  private PostgresLiveFeed a;
  private PostgresLiveFeed b;
  private final List<LiveEvent> seenOnA = new CopyOnWriteArrayList<>();
  private final List<LiveEvent> seenOnB = new CopyOnWriteArrayList<>();

  private void openTwoInstances() {
    db = TestDb.postgres();
    a = PostgresLiveFeed.open(db.database());
    b = PostgresLiveFeed.open(db.openAnother());
    a.subscribe(seenOnA::add);
    b.subscribe(seenOnB::add);
    assertThat(await(() -> a.stats().listening() && b.stats().listening())).as("both listening").isTrue();
  }

  @AfterEach
  void close() {
    if (a != null) {
      a.close();
      b.close();
    }
    if (db != null) {
      db.close();
    }
  }

  private static LiveEvent said(String callId, String text) {
    return new LiveEvent("chris-a", callId, Instant.parse("2026-11-25T18:00:00Z"), LiveEvent.Kind.CALLER_SAID,
        Map.of("text", text));
  }

  @Test
  void givenEventPublishedOnOneInstance_itReachesTheOtherInstanceAndItsOwnSubscribersOnce() {
    openTwoInstances();
    LiveEvent event = said("c_1", "My sink is leaking");

    a.publish(event);

    assertThat(await(() -> seenOnB.contains(event))).as("arrived on B").isTrue();
    a.publish(said("c_2", "marker"));
    assertThat(await(() -> seenOnA.size() == 2 && seenOnB.size() == 2)).isTrue();
    assertThat(seenOnA).containsExactly(event, said("c_2", "marker"));
    assertThat(a.stats().received()).as("own notifications are not delivered twice").isZero();
    assertThat(b.stats().received()).isEqualTo(2);
  }

  @Test
  void givenEventOverTheNotifyLimit_itArrivesCutAndIsCounted() {
    openTwoInstances();

    a.publish(said("c_1", "x".repeat(20_000)));

    assertThat(await(() -> seenOnB.size() == 1)).isTrue();
    assertThat(seenOnB.get(0).fields().get("text")).endsWith("…").hasSizeLessThan(8000);
    assertThat(a.stats().truncated()).isEqualTo(1);
    assertThat(seenOnA.get(0).fields().get("text")).as("local subscribers get it whole").hasSize(20_000);
  }

  @Test
  void givenTheListeningConnectionIsKilled_theFeedListensAgainAndEventsFlowOnceMore() throws Exception {
    openTwoInstances();
    terminate(b.applicationName());
    assertThat(await(() -> b.stats().reconnects() >= 1 && b.stats().listening())).as("reconnected").isTrue();

    LiveEvent after = said("c_9", "after the outage");
    a.publish(after);

    assertThat(await(() -> seenOnB.contains(after))).isTrue();
  }

  @Test
  void givenAnH2Database_openIsRefused() {
    try (TestDb h2 = TestDb.h2()) {
      assertThatThrownBy(() -> PostgresLiveFeed.open(h2.database())).isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Test
  void channelNames_areSafeIdentifiersPerSchema() {
    assertThat(PostgresLiveFeed.channelFor("public")).isEqualTo("chris_live_public");
    assertThat(PostgresLiveFeed.channelFor("Tenant-A")).isEqualTo("chris_live_tenant_a");
    assertThat(PostgresLiveFeed.channelFor("s".repeat(100))).hasSize(63);
  }

  private void terminate(String applicationName) throws Exception {
    try (Connection c = DriverManager.getConnection(System.getenv(TestDb.POSTGRES_ENV));
        PreparedStatement s = c.prepareStatement(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = ?")) {
      s.setString(1, applicationName);
      s.executeQuery().close();
    }
  }

  private static boolean await(BooleanSupplier condition) {
    long end = System.nanoTime() + WAIT.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > end) {
        return false;
      }
      try {
        Thread.sleep(10);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return false;
      }
    }
    return true;
  }
}
