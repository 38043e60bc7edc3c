package app.chris.app;

import static org.assertj.core.api.Assertions.assertThat;

import app.chris.app.config.AppConfig;
import app.chris.testkit.MutableClock;
import app.chris.testkit.sendgrid.FakeSendGridServer;
import app.chris.testkit.sendgrid.SendGridReply;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A finished call's transcript email on its whole way out of a running Chris: H2 outbox, worker, SendGrid adapter,
 * fake SendGrid over HTTP. The worker polls in real time; the clock is moved on so retries fall due at once.
 */
class EmailDeliveryTest {
  private static final Duration PATIENCE = Duration.ofSeconds(60);
  private final FakeSendGridServer sendGrid = FakeSendGridServer.start("SG.test-key");
  private final MutableClock clock = MutableClock.startingNow();
  @TempDir Path dataDir;

  @AfterEach
  void stopSendGrid() {
    sendGrid.close();
  }

  @Test
  void givenSendGridFailingThreeTimes_aFinishedCall_emailsItsTranscriptExactlyOnce() throws Exception {
    sendGrid.enqueue(3, SendGridReply.unavailable());
    try (Server server = start(true)) {
      String callId = finishedCall(server);

      assertThat(awaitAdvancing(() -> !sendGrid.received().isEmpty())).as("transcript delivered").isTrue();
      assertThat(awaitAdvancing(() -> outbox(server).get("pending").equals(0))).isTrue();

      assertThat(sendGrid.requestCount()).isEqualTo(4);
      assertThat(sendGrid.received()).singleElement().satisfies(mail -> {
        assertThat(mail.customArg("idempotency_key")).contains(callId + ":transcript");
        assertThat(mail.to()).containsExactly("office@lakeside.example");
      });
      assertThat(outbox(server)).containsEntry("status", "up").containsEntry("dead", 0);
    }
  }

  @Test
  void givenSendGridDownLongerThanTheRetryBudget_theTranscriptGoesDeadAndReadyShowsItDegraded() throws Exception {
    sendGrid.enqueue(1000, SendGridReply.unavailable());
    try (Server server = start(true)) {
      finishedCall(server);

      assertThat(awaitAdvancing(() -> outbox(server).get("dead").equals(1))).as("row given up on").isTrue();

      assertThat(sendGrid.requestCount()).as("every attempt of the budget, no more").isEqualTo(12);
      assertThat(sendGrid.received()).isEmpty();
      ReadyProbe.Ready ready = ReadyProbe.ready(server);
      assertThat(ready.status()).as("calls are still taken").isEqualTo(200);
      assertThat(ready.component("outbox")).containsEntry("status", "degraded").containsEntry("dead", 1)
          .containsEntry("pending", 0);
    }
  }

  @Test
  void givenNoSendGrid_theTranscriptWaitsWithoutSpendingAttemptsAndGoesOutOnceSendGridIsConfigured()
      throws Exception {
    String callId;
    try (Server server = start(false)) {
      callId = finishedCall(server);

      // The call's other rows (the property system's call note) are delivered by the worker meanwhile.
      assertThat(awaitAdvancing(() -> outbox(server).get("waiting").equals(1) && outbox(server).get("pending")
          .equals(1))).as("only the email parked").isTrue();
      clock.advance(Duration.ofDays(3));
      assertThat(outbox(server)).containsEntry("dead", 0).containsEntry("pending", 1);
      assertThat(ReadyProbe.ready(server).component("email")).containsEntry("status", "offline-default");
    }
    assertThat(sendGrid.requestCount()).isZero();

    try (Server server = start(true)) {
      assertThat(awaitAdvancing(() -> !sendGrid.received().isEmpty())).as("sent after configuring").isTrue();
      assertThat(awaitAdvancing(() -> outbox(server).get("pending").equals(0))).isTrue();

      assertThat(sendGrid.received()).extracting(mail -> mail.customArg("idempotency_key").orElseThrow())
          .containsExactly(callId + ":transcript");
      assertThat(outbox(server)).containsEntry("waiting", 0).containsEntry("dead", 0);
    }
  }

  private Server start(boolean withSendGrid) {
    Map<String, String> env = new HashMap<>(Map.of("DATA_DIR", dataDir.toString(), "ADMIN_TOKEN", ApiFixture.TOKEN));
    if (withSendGrid) {
      env.putAll(Map.of("SENDGRID_API_KEY", "SG.test-key", "SENDGRID_FROM", "chris@lakeside.example",
          "SENDGRID_HOST", sendGrid.baseUri().toString()));
    }
    return Server.start(Wiring.open(AppConfig.fromEnv(env), new EchoModel(), clock), 0);
  }

  /** A text test call with one turn, hung up: its record and outbox rows are committed together. */
  private static String finishedCall(Server server) throws Exception {
    ApiClient api = new ApiClient(server);
    String callId = (String) api.post("/api/test-calls", "{\"from\": \"+12175550101\"}").get("callId");
    api.post("/api/test-calls/" + callId + "/turns", "{\"text\": \"My kitchen faucet is dripping.\"}");
    api.delete("/api/test-calls/" + callId);
    return callId;
  }

  private static Map<String, Object> outbox(Server server) {
    return ReadyProbe.ready(server).component("outbox");
  }

  /** Moves the clock an hour every 50 ms (so every retry falls due) until {@code condition} holds. */
  private boolean awaitAdvancing(BooleanSupplier condition) throws InterruptedException {
    return clock.advanceUntil(condition, Duration.ofHours(1), PATIENCE);
  }
}
