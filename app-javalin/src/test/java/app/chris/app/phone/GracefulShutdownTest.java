package app.chris.app.phone;

import static org.assertj.core.api.Assertions.assertThat;

import app.chris.core.port.CallAction;
import app.chris.core.port.CallId;
import app.chris.core.port.CallRecord;
import app.chris.testkit.twilio.RecordedCallUpdate;
import app.chris.testkit.twilio.SimulatedTwilioCaller;
import app.chris.testkit.twilio.TwimlAnswer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * SIGTERM's path ({@code Server.shutdownGracefully}) with a live simulated phone call: new calls go to the office
 * (demo office +12175550100), calls in progress may finish within the drain, the rest are put through to the
 * office, and every record is finished before the database would close.
 */
class GracefulShutdownTest {
  private static final Duration WAIT = Duration.ofSeconds(30);
  private static final String OFFICE = "<Number>+12175550100</Number>";

  @Test
  void givenACallStillGoingAfterTheDrain_itIsPutThroughToTheOfficeAndNewCallsGoThereToo() throws Exception {
    try (PhoneFixture fixture = new PhoneFixture(Map.of("SHUTDOWN_DRAIN_SECONDS", "1"));
        SimulatedTwilioCaller active = fixture.caller()) {
      connectAndAwaitGreeting(fixture, active);

      Thread shutdown = startShutdown(fixture);
      assertThat(active.await(c -> !fixture.context.phone().takingCalls(), WAIT)).isTrue();
      try (SimulatedTwilioCaller late = fixture.caller()) {
        TwimlAnswer answer = late.dial();
        assertThat(answer.connectsStream()).isFalse();
        assertThat(answer.body()).contains("putting you through to the office").contains(OFFICE);
      }
      assertThat(readyStatus(fixture)).as("/ready tells the load balancer").isEqualTo(503);
      shutdown.join(WAIT.toMillis());
      assertThat(shutdown.isAlive()).isFalse();

      assertThat(forwards(fixture, active)).singleElement().satisfies(update ->
          assertThat(update.twiml().orElseThrow()).contains("hand you over").contains(OFFICE));
      CallRecord record = record(fixture, active);
      assertThat(record.ended()).isTrue();
      assertThat(record.actions()).filteredOn(a -> a.kind().equals("transfer")).singleElement()
          .satisfies(a -> assertThat(a.detail()).contains("+12175550100", "shutting down"));
    }
  }

  @Test
  void givenTheCallEndsWithinTheDrain_shutdownWaitsForItAndHandsNothingOver() throws Exception {
    try (PhoneFixture fixture = new PhoneFixture(Map.of("SHUTDOWN_DRAIN_SECONDS", "60"));
        SimulatedTwilioCaller active = fixture.caller()) {
      connectAndAwaitGreeting(fixture, active);

      Thread shutdown = startShutdown(fixture);
      assertThat(active.await(c -> !fixture.context.phone().takingCalls(), WAIT)).isTrue();
      assertThat(shutdown.isAlive()).as("waiting for the call in progress").isTrue();
      active.hangUp();
      shutdown.join(WAIT.toMillis());

      assertThat(shutdown.isAlive()).as("done once the last call ended, long before 60 s").isFalse();
      assertThat(forwards(fixture, active)).isEmpty();
      CallRecord record = record(fixture, active);
      assertThat(record.ended()).isTrue();
      assertThat(record.actions()).extracting(CallAction::kind).doesNotContain("transfer");
    }
  }

  private static void connectAndAwaitGreeting(PhoneFixture fixture, SimulatedTwilioCaller caller) {
    caller.connect(caller.dial());
    assertThat(caller.await(c -> c.audioBytes() > 0 && !fixture.serverSpeaking(c.callSid()), WAIT)).isTrue();
    assertThat(fixture.context.phone().activeCalls()).isEqualTo(1);
  }

  private static Thread startShutdown(PhoneFixture fixture) {
    Thread shutdown = new Thread(fixture.server::shutdownGracefully, "test-sigterm");
    shutdown.start();
    return shutdown;
  }

  private static List<RecordedCallUpdate> forwards(PhoneFixture fixture, SimulatedTwilioCaller caller) {
    return fixture.twilio.callUpdates().stream()
        .filter(u -> u.callSid().equals(caller.callSid()) && u.twiml().isPresent()).toList();
  }

  private static CallRecord record(PhoneFixture fixture, SimulatedTwilioCaller caller) {
    return fixture.callLog.find(new CallId("c_" + caller.callSid())).orElseThrow();
  }

  private static int readyStatus(PhoneFixture fixture) throws Exception {
    HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
        URI.create(fixture.server.baseUrl() + "/ready")).timeout(Duration.ofSeconds(10)).build(),
        HttpResponse.BodyHandlers.ofString());
    return response.statusCode();
  }
}
