package app.chris.app.phone;

import static org.assertj.core.api.Assertions.assertThat;

import app.chris.core.port.CallId;
import app.chris.core.port.CallRecord;
import app.chris.core.port.TranscriptLine;
import app.chris.testkit.fault.VendorFault;
import app.chris.testkit.twilio.SimulatedTwilioCaller;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The call's ears: listening only, surviving the session cap and dropped sockets; the keypad when they are gone. */
class PhoneEarsTest {
  private static final Duration WAIT = Duration.ofSeconds(10);
  private static final String LEAK = "My kitchen sink is leaking under the cabinet.";
  private static final String LATER = "Is anyone coming today?";

  @Test
  void givenACall_whenTheEarsOpen_thenTheyOnlyListenAndChrisAnswersThroughTheCore() {
    try (PhoneFixture fixture = new PhoneFixture(true); SimulatedTwilioCaller caller = fixture.caller()) {
      caller.connect(caller.dial());
      JsonNode vad = fixture.realtime.awaitEvent("session.update", WAIT).orElseThrow()
          .path("session").path("audio").path("input").path("turn_detection");
      assertThat(vad.path("create_response").asBoolean(true)).as("the realtime model never answers").isFalse();
      assertThat(vad.path("interrupt_response").asBoolean(true)).isFalse();
      assertThat(vad.path("silence_duration_ms").asInt()).isEqualTo(500);
      awaitQuiet(fixture, caller);

      long before = caller.audioBytes();
      fixture.realtime.callerSays(LEAK);

      assertThat(caller.await(c -> c.audioBytes() > before, WAIT)).as("Chris answers").isTrue();
      assertThat(fixture.realtime.autoResponses()).isZero();
    }
  }

  @Test
  void givenTheSessionCapMidCall_whenTheServerEndsTheSession_thenTheEarsReopenWithTheCallAndItGoesOn() {
    try (PhoneFixture fixture = new PhoneFixture(true); SimulatedTwilioCaller caller = fixture.caller()) {
      caller.connect(caller.dial());
      awaitQuiet(fixture, caller);
      say(fixture, caller, LEAK);

      fixture.realtime.expireSession();

      String instructions = fixture.realtime.awaitEventOn(1, "session.update", WAIT).orElseThrow()
          .path("session").path("instructions").asText();
      assertThat(instructions).as("what the caller said is replayed").contains("Caller: " + LEAK);
      say(fixture, caller, LATER);
      assertThat(ears(fixture, caller)).contains(Ears.State.LISTENING);
      assertThat(endCall(fixture, caller).transcript()).extracting(TranscriptLine::text)
          .contains(LEAK, "You said: " + LEAK, LATER, "You said: " + LATER);
    }
  }

  @Test
  void givenTheEarsSocketDropsMidCall_whenItBreaks_thenTheEarsAreReopenedAndTheCallGoesOn() {
    try (PhoneFixture fixture = new PhoneFixture(true); SimulatedTwilioCaller caller = fixture.caller()) {
      caller.connect(caller.dial());
      awaitQuiet(fixture, caller);
      say(fixture, caller, LEAK);

      fixture.realtime.dropConnection();

      assertThat(fixture.realtime.awaitEventOn(1, "session.update", WAIT)).as("a new session").isPresent();
      assertThat(caller.await(c -> ears(fixture, c).equals(Optional.of(Ears.State.LISTENING)), WAIT)).isTrue();
      say(fixture, caller, LATER);
      assertThat(endCall(fixture, caller).transcript()).extracting(TranscriptLine::text).contains("You said: " + LATER);
    }
  }

  @Test
  void givenTheEarsCannotBeReopenedNorTheCallRedirected_whenTheyGiveUp_thenTheyAreUnavailableAndTheKeypadStillWorks() {
    try (PhoneFixture fixture = new PhoneFixture(true); SimulatedTwilioCaller caller = fixture.caller()) {
      caller.connect(caller.dial());
      awaitQuiet(fixture, caller);
      fixture.realtime.refuseHandshakes(503);
      fixture.twilio.faultPlan().always(new VendorFault.ServerError(500)); // no way into the gather flow either

      fixture.realtime.dropConnection();

      assertThat(caller.await(c -> ears(fixture, c).equals(Optional.of(Ears.State.UNAVAILABLE)), WAIT))
          .as("bounded attempts, then a clear signal").isTrue();
      long before = caller.audioBytes();
      caller.press("1");
      assertThat(caller.await(c -> c.audioBytes() > before, WAIT)).as("Chris answers the key press").isTrue();
      awaitQuiet(fixture, caller); // a reply cut by the hang-up would be recorded as interrupted
      assertThat(endCall(fixture, caller).transcript()).extracting(TranscriptLine::text).contains("You said: 1");
    }
  }

  private static Optional<Ears.State> ears(PhoneFixture fixture, SimulatedTwilioCaller caller) {
    return fixture.context.phone().calls.find(caller.callSid()).flatMap(PhoneCall::earsState);
  }

  /** The caller speaks once Chris is quiet, and waits until Chris has answered and finished. */
  private static void say(PhoneFixture fixture, SimulatedTwilioCaller caller, String line) {
    long before = caller.audioBytes();
    fixture.realtime.callerSays(line);
    assertThat(caller.await(c -> c.audioBytes() > before, WAIT)).as("answer to %s", line).isTrue();
    awaitQuiet(fixture, caller);
  }

  private static void awaitQuiet(PhoneFixture fixture, SimulatedTwilioCaller caller) {
    assertThat(caller.await(c -> c.audioBytes() > 0 && !fixture.serverSpeaking(c.callSid())
        && fixture.context.phone().calls.find(c.callSid()).map(call -> !call.busy()).orElse(false), WAIT))
        .as("Chris finished the turn").isTrue();
  }

  private static CallRecord endCall(PhoneFixture fixture, SimulatedTwilioCaller caller) {
    caller.hangUp();
    CallId id = new CallId("c_" + caller.callSid());
    assertThat(caller.await(c -> fixture.callLog.find(id).filter(CallRecord::ended).isPresent(), WAIT)).isTrue();
    return fixture.callLog.find(id).orElseThrow();
  }
}
