package app.chris.app;

import static org.assertj.core.api.Assertions.assertThat;

import app.chris.testkit.elevenlabs.FakeElevenLabsServer;
import app.chris.testkit.openai.FakeRealtimeServer;
import app.chris.testkit.twilio.FakeTwilioRestServer;
import app.chris.testkit.twilio.RecordedCallUpdate;
import app.chris.testkit.twilio.SimulatedCall;
import app.chris.testkit.twilio.SimulatedTwilioCaller;
import app.chris.testkit.twilio.TwimlAnswer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real {@code chris serve} process (child JVM, embedded H2) on a live simulated phone call gets SIGTERM: new
 * calls go to the office, the call in progress is put through to the office after the drain, the process exits,
 * and the next start finds every record finished (nothing to recover).
 */
class SigtermTest {
  private static final String ACCOUNT = "AC00000000000000000000000000000042";
  private static final String AUTH_TOKEN = "sigterm-test-token";
  private static final String PUBLIC_URL = "https://chris.sigterm.test";
  private static final String OFFICE = "<Number>+12175550100</Number>";
  private static final Duration WAIT = Duration.ofSeconds(60);
  @TempDir Path dataDir;
  @TempDir Path logs;

  @Test
  void givenALivePhoneCall_sigterm_sendsNewCallsToTheOfficeHandsTheCallOverAndClosesCleanly() throws Exception {
    String callSid = "CA" + "5".repeat(32);
    try (FakeTwilioRestServer twilio = FakeTwilioRestServer.start(ACCOUNT, AUTH_TOKEN);
        FakeRealtimeServer realtime = FakeRealtimeServer.start();
        FakeElevenLabsServer voice = FakeElevenLabsServer.start()) {
      Map<String, String> env = env(twilio, realtime, voice);
      try (ChildChris chris = ChildChris.start(env, logs);
          SimulatedTwilioCaller active = caller(chris, callSid)) {
        active.connect(active.dial());
        assertThat(active.await(c -> c.audioBytes() > 0, WAIT)).as("greeting heard: " + chris.log()).isTrue();

        chris.sigterm();
        assertThat(await(() -> ReadyProbe.ready(chris.baseUrl()).status() == 503)).isTrue();
        try (SimulatedTwilioCaller late = caller(chris, "CA" + "6".repeat(32))) {
          TwimlAnswer answer = late.dial();
          assertThat(answer.connectsStream()).isFalse();
          assertThat(answer.body()).contains(OFFICE);
        }

        assertThat(chris.awaitExit(WAIT)).as(chris.log()).isNotEqualTo(-1);
        assertThat(chris.log()).contains("put through to the office").contains("Chris stopped");
        List<RecordedCallUpdate> forwards = twilio.callUpdates().stream()
            .filter(u -> u.callSid().equals(callSid) && u.twiml().isPresent()).toList();
        assertThat(forwards).as(chris.log() + twilio.callUpdates()).singleElement().satisfies(u -> assertThat(u.twiml().orElseThrow()).contains(OFFICE));
      }

      try (ChildChris again = ChildChris.start(env, logs)) {
        Map<String, Object> call = new ApiClient(again.baseUrl()).get("/api/calls/c_" + callSid);
        assertThat(call.get("endedAt")).isNotNull();
        assertThat(call.get("outcome")).isEqualTo("transfer");
        assertThat(call.get("actions").toString()).contains("shutting down").doesNotContain("recovered");
        assertThat(again.log()).doesNotContain("Recovered");
      }
    }
  }

  private Map<String, String> env(FakeTwilioRestServer twilio, FakeRealtimeServer realtime,
      FakeElevenLabsServer voice) {
    Map<String, String> env = new HashMap<>(Map.of("DATA_DIR", dataDir.toString(), "ADMIN_TOKEN", ApiFixture.TOKEN,
        "PUBLIC_BASE_URL", PUBLIC_URL, "TWILIO_ACCOUNT_SID", ACCOUNT, "TWILIO_AUTH_TOKEN", AUTH_TOKEN,
        "TWILIO_API_BASE_URL", twilio.baseUrl().toString(), "OPENAI_API_KEY", "sk-sigterm",
        "OPENAI_BASE_URL", realtime.baseUrl().toString(), "ELEVENLABS_API_KEY", "el-sigterm"));
    env.put("ELEVENLABS_BASE_URL", voice.baseUrl().toString());
    env.put("SHUTDOWN_DRAIN_SECONDS", "3");
    return env;
  }

  private static SimulatedTwilioCaller caller(ChildChris chris, String callSid) {
    return new SimulatedTwilioCaller(new SimulatedCall(chris.baseUrl(), PUBLIC_URL,
        new SimulatedCall.TwilioAccount(ACCOUNT, AUTH_TOKEN), callSid, "+12175550101", "+12175550100"));
  }

  private static boolean await(BooleanSupplier condition) throws InterruptedException {
    long end = System.nanoTime() + WAIT.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > end) {
        return false;
      }
      Thread.sleep(20);
    }
    return true;
  }
}
