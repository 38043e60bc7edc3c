package app.chris.app;

import static org.assertj.core.api.Assertions.assertThat;

import app.chris.app.config.AppConfig;
import app.chris.testkit.DemoPortfolio;
import app.chris.testkit.MutableClock;
import app.chris.testkit.fault.VendorFault;
import app.chris.testkit.rentmanager.FakeRentManagerServer;
import app.chris.testkit.sendgrid.FakeSendGridServer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Fault matrix, outbox rows: production wiring (H2 outbox, worker on the application clock). Rent Manager's work
 * orders and SendGrid's transcript emails break in each way; the call is unaffected, the work waits in the
 * outbox, and once the vendor answers again it is delivered exactly once.
 */
class OutboxFaultMatrixTest {
  private static final Duration PATIENCE = Duration.ofSeconds(20);
  /** Stateless and slow to load: one for every cell. */
  private static final app.chris.core.port.LanguageModel OFFLINE = Models.offline();
  private final MutableClock clock = MutableClock.startingNow();
  @TempDir Path dataDir;

  static Stream<VendorFault> faults() {
    return FaultCells.all(Duration.ofSeconds(2));
  }

  @ParameterizedTest(name = "SendGrid {0}: transcript email retried from the outbox")
  @MethodSource("faults")
  void givenSendGridBreaks_thenTheTranscriptIsRetriedAndSentOnce(VendorFault fault) throws Exception {
    try (FakeSendGridServer sendGrid = FakeSendGridServer.start("SG.test-key");
        Server server = start(Map.of("SENDGRID_API_KEY", "SG.test-key", "SENDGRID_FROM", "chris@lakeside.example",
            "SENDGRID_HOST", sendGrid.baseUri().toString()))) {
      sendGrid.faultPlan().next(2, fault);
      ApiClient api = new ApiClient(server);
      String call = (String) api.post("/api/test-calls", "{\"from\": \"+12175550101\"}").get("callId");
      api.post("/api/test-calls/" + call + "/turns", "{\"text\": \"My kitchen faucet is dripping.\"}");
      api.delete("/api/test-calls/" + call);

      assertThat(awaitAdvancing(() -> !sendGrid.received().isEmpty())).as("transcript delivered").isTrue();
      assertThat(awaitAdvancing(() -> outbox(server).get("pending").equals(0))).isTrue();
      assertThat(sendGrid.received()).as("exactly once").hasSize(1);
      assertThat(outbox(server)).containsEntry("dead", 0);
    }
  }

  @ParameterizedTest(name = "Rent Manager {0}: work order queued, delivered when it is back")
  @MethodSource("faults")
  void givenRentManagerBreaks_thenTheWorkOrderWaitsInTheOutboxAndIsFiledOnce(VendorFault fault) throws Exception {
    try (FakeRentManagerServer rentManager = FakeRentManagerServer.start()) {
      rentManager.load(DemoPortfolio.build());
      try (Server server = start(Map.of("RENTMANAGER_BASE_URL", rentManager.baseUri().toString(),
          "RENTMANAGER_USERNAME", FakeRentManagerServer.USER, "RENTMANAGER_PASSWORD", FakeRentManagerServer.PASSWORD))) {
        rentManager.faultPlan().always("/ServiceManagerIssues", fault);
        ApiClient api = new ApiClient(server);
        Map<String, Object> call = api.post("/api/test-calls", "{\"from\": \"+12175550102\"}");
        String id = (String) call.get("callId");
        for (String line : new String[] {
            "Hi, it's Ben Cho at 120 Maple Court, unit 1B. My kitchen sink is clogged.", "Yes, that's right.",
            "Yes, you can go in."}) {
          Map<String, Object> turn = api.post("/api/test-calls/" + id + "/turns", "{\"text\": \"" + line + "\"}");
          assertThat(turn.get("ended")).as("the call goes on").isEqualTo(false);
        }
        api.delete("/api/test-calls/" + id);
        clock.advance(Duration.ofMinutes(1));

        rentManager.faultPlan().clear(); // Rent Manager is back
        assertThat(awaitAdvancing(() -> !rentManager.issuesMentioning(id).isEmpty())).as("work order filed").isTrue();
        Thread.sleep(300); // a retry in flight would show up as a second work order
        assertThat(rentManager.issuesMentioning(id)).as("exactly once").hasSize(1);
        assertThat(outbox(server)).containsEntry("dead", 0);
      }
    }
  }

  private Server start(Map<String, String> vendor) {
    Map<String, String> env = new HashMap<>(Map.of("DATA_DIR", dataDir.toString(), "ADMIN_TOKEN", ApiFixture.TOKEN));
    env.putAll(vendor);
    return Server.start(Wiring.open(AppConfig.fromEnv(env), OFFLINE, clock), 0);
  }

  private static Map<String, Object> outbox(Server server) {
    return ReadyProbe.ready(server).component("outbox");
  }

  /** Moves the clock an hour every 50 ms (so every retry falls due) until {@code condition} holds. */
  private boolean awaitAdvancing(BooleanSupplier condition) throws InterruptedException {
    return clock.advanceUntil(condition, Duration.ofHours(1), PATIENCE);
  }
}
