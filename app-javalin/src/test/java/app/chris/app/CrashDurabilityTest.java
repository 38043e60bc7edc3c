package app.chris.app;

import static org.assertj.core.api.Assertions.assertThat;

import app.chris.testkit.sendgrid.FakeSendGridServer;
import app.chris.testkit.sendgrid.SendGridReply;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * kill -9 of a real Chris process (a child JVM on embedded H2) at the worst moments, then a restart on the same
 * DATA_DIR: nothing committed is lost, open calls are closed, and the outbox delivers what was owed, once.
 */
class CrashDurabilityTest {
  private static final Duration PATIENCE = Duration.ofSeconds(90);
  private static final String KEY = "SG.crash-test";
  @TempDir Path dataDir;
  @TempDir Path logs;

  @Test
  void givenKilledAfterTheCallCommittedButBeforeItsEmailWentOut_restart_deliversTheTranscriptOnce() throws Exception {
    try (FakeSendGridServer down = FakeSendGridServer.start(KEY); FakeSendGridServer up = FakeSendGridServer.start(KEY)) {
      down.enqueue(1000, SendGridReply.unavailable());
      String callId;
      try (ChildChris first = ChildChris.start(env(down), logs)) {
        ApiClient api = new ApiClient(first.baseUrl());
        callId = startCall(api);
        say(api, callId, "My kitchen faucet keeps dripping.");
        api.delete("/api/test-calls/" + callId);
        assertThat(await(() -> down.requestCount() > 0)).as("a delivery was tried and failed").isTrue();
        first.kill();
      }

      try (ChildChris second = ChildChris.start(env(up), logs)) {
        assertThat(await(() -> outbox(second.baseUrl()).get("pending").equals(0))).as(second.log()).isTrue();

        assertThat(up.received()).extracting(m -> m.customArg("idempotency_key").orElseThrow())
            .containsExactly(callId + ":transcript");
        assertThat(down.received()).isEmpty();
        Map<String, Object> call = new ApiClient(second.baseUrl()).get("/api/calls/" + callId);
        assertThat(call.get("endedAt")).isNotNull();
        assertThat(call.get("transcript").toString()).contains("My kitchen faucet keeps dripping.");
        assertThat(call.get("actions").toString()).doesNotContain("recovered");
      }
    }
  }

  @Test
  void givenKilledMidCall_restart_closesTheCallWithEveryAnsweredTurnAndSendsItsTranscript() throws Exception {
    List<String> lines = List.of("Hi, this is Ana Ruiz at 120 Maple Court, apartment 1A.",
        "My kitchen faucet keeps dripping.", "Yes, that's right.");
    try (FakeSendGridServer mail = FakeSendGridServer.start(KEY)) {
      String callId;
      try (ChildChris first = ChildChris.start(env(mail), logs)) {
        ApiClient api = new ApiClient(first.baseUrl());
        callId = startCall(api);
        for (String line : lines) {
          say(api, callId, line);
        }
        // One more turn in flight while the process dies: it may or may not have been committed.
        CompletableFuture.runAsync(() -> sayQuietly(api, callId, "Yes, you can go in if I'm not home."));
        first.kill();
      }

      try (ChildChris second = ChildChris.start(env(mail), logs)) {
        Map<String, Object> call = new ApiClient(second.baseUrl()).get("/api/calls/" + callId);
        assertThat(call.get("endedAt")).as("closed on recovery").isNotNull();
        assertThat(call.get("outcome")).isNotNull();
        assertThat(call.get("transcript").toString()).contains(lines);
        assertThat(call.get("actions").toString()).contains("recovered");

        assertThat(await(() -> outbox(second.baseUrl()).get("pending").equals(0))).as(second.log()).isTrue();
        assertThat(mail.received()).extracting(m -> m.customArg("idempotency_key").orElseThrow())
            .containsExactly(callId + ":transcript");
        assertThat(outbox(second.baseUrl())).containsEntry("dead", 0);
      }
    }
  }

  @Test
  void givenKillsAtRandomMoments_everyAnsweredTurnAndEveryCallSurviveAndEachCallIsEmailed() throws Exception {
    long seed = System.nanoTime();
    java.util.Random random = new java.util.Random(seed);
    int kills = 3;
    Map<String, List<String>> answered = new java.util.concurrent.ConcurrentHashMap<>();
    try (FakeSendGridServer mail = FakeSendGridServer.start(KEY)) {
      for (int round = 0; round < kills; round++) {
        try (ChildChris chris = ChildChris.start(env(mail), logs)) {
          java.util.concurrent.atomic.AtomicBoolean stop = new java.util.concurrent.atomic.AtomicBoolean();
          int thisRound = round;
          CompletableFuture<Void> traffic = CompletableFuture.runAsync(
              () -> callsUntilStopped(new ApiClient(chris.baseUrl()), answered, stop, thisRound));
          int before = turns(answered);
          // A fresh process answers its first turn slowly (JIT, the engine loading): kill once traffic flows.
          assertThat(await(() -> turns(answered) > before)).as(chris.log()).isTrue();
          Thread.sleep(random.nextInt(2500));
          chris.kill();
          stop.set(true);
          traffic.join();
        }
      }
      assertThat(answered).as("calls were made before the kills").isNotEmpty();
      try (ChildChris last = ChildChris.start(env(mail), logs)) {
        ApiClient api = new ApiClient(last.baseUrl());
        for (Map.Entry<String, List<String>> call : answered.entrySet()) {
          Map<String, Object> record = api.get("/api/calls/" + call.getKey());
          assertThat(record.get("endedAt")).as("seed %d, call %s", seed, call.getKey()).isNotNull();
          if (!call.getValue().isEmpty()) { // killed between starting the call and its first answer
            assertThat(record.get("transcript").toString()).as("seed %d", seed).contains(call.getValue());
          }
        }
        assertThat(await(() -> outbox(last.baseUrl()).get("pending").equals(0))).as(last.log()).isTrue();
        assertThat(outbox(last.baseUrl())).containsEntry("dead", 0);
        List<String> keys = mail.received().stream().map(m -> m.customArg("idempotency_key").orElseThrow()).toList();
        assertThat(keys).as("seed %d", seed)
            .containsAll(answered.keySet().stream().map(id -> id + ":transcript").toList());
        // At least once: a kill between SendGrid's 202 and the row being marked sent repeats that one email.
        assertThat(keys.size() - keys.stream().distinct().count()).as("seed %d", seed).isLessThanOrEqualTo(kills);
      }
    }
  }

  private static int turns(Map<String, List<String>> answered) {
    return answered.values().stream().mapToInt(List::size).sum();
  }

  /** Short calls one after another; records every turn Chris answered (so it was committed) per call id. */
  private static void callsUntilStopped(ApiClient api, Map<String, List<String>> answered,
      java.util.concurrent.atomic.AtomicBoolean stop, int round) {
    try {
      for (int n = 0; !stop.get(); n++) {
        String callId = startCall(api);
        answered.put(callId, new java.util.concurrent.CopyOnWriteArrayList<>());
        for (int turn = 0; turn < 3 && !stop.get(); turn++) {
          String line = "Round " + round + " call " + n + " turn " + turn + ": my faucet drips.";
          say(api, callId, line);
          answered.get(callId).add(line);
        }
        api.delete("/api/test-calls/" + callId);
      }
    } catch (Exception | AssertionError e) {
      // The process was killed under a request: what it answered before is what must survive.
    }
  }

  private Map<String, String> env(FakeSendGridServer sendGrid) {
    return Map.of("DATA_DIR", dataDir.toString(), "ADMIN_TOKEN", ApiFixture.TOKEN, "SENDGRID_API_KEY", KEY,
        "SENDGRID_FROM", "chris@lakeside.example", "SENDGRID_HOST", sendGrid.baseUri().toString());
  }

  private static String startCall(ApiClient api) throws Exception {
    return (String) api.post("/api/test-calls", "{\"from\": \"+12175550101\"}").get("callId");
  }

  private static void say(ApiClient api, String callId, String text) throws Exception {
    api.post("/api/test-calls/" + callId + "/turns", "{\"text\": \"" + text.replace("\"", "\\\"") + "\"}");
  }

  private static void sayQuietly(ApiClient api, String callId, String text) {
    try {
      say(api, callId, text);
    } catch (Exception | AssertionError e) {
      // The process was killed under this request.
    }
  }

  private static Map<String, Object> outbox(URI baseUrl) {
    return ReadyProbe.ready(baseUrl).component("outbox");
  }

  private static boolean await(BooleanSupplier condition) throws InterruptedException {
    long end = System.nanoTime() + PATIENCE.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > end) {
        return false;
      }
      Thread.sleep(50);
    }
    return true;
  }
}
