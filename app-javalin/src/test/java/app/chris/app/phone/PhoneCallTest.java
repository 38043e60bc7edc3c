package app.chris.app.phone;

import static org.assertj.core.api.Assertions.assertThat;

import app.chris.core.port.CallId;
import app.chris.core.port.CallRecord;
import app.chris.core.port.Channel;
import app.chris.core.port.Speaker;
import app.chris.core.port.TranscriptLine;
import app.chris.testkit.twilio.SimulatedTwilioCaller;
import app.chris.testkit.twilio.TwimlAnswer;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class PhoneCallTest {
  private static final Duration WAIT = Duration.ofSeconds(10);
  private static final String LEAK = "My kitchen sink is leaking under the cabinet.";

  @Test
  void givenACallerWithALeak_whenTheyCall_thenTheyHearChrisCanInterruptHimAndTheCallIsRecorded() {
    try (PhoneFixture fixture = new PhoneFixture(true); SimulatedTwilioCaller caller = fixture.caller()) {
      TwimlAnswer answer = caller.dial();
      assertThat(answer.connectsStream()).as(answer.body()).isTrue();
      caller.connect(answer);

      assertThat(caller.await(c -> greetingPlayed(c), WAIT)).as("greeting heard: %s", caller.events("mark")).isTrue();
      assertThat(fixture.realtime.awaitEvent("input_audio_buffer.append", WAIT)).as("caller audio reaches the ears")
          .isPresent();
      assertThat(caller.await(c -> !fixture.serverSpeaking(c.callSid()), WAIT)).as("greeting confirmed").isTrue();
      long greetingBytes = caller.audioBytes();

      fixture.realtime.emit(speechStarted());
      fixture.realtime.emit(transcript(LEAK));
      assertThat(caller.await(c -> c.audioBytes() > greetingBytes, WAIT)).as("reply audio").isTrue();
      assertThat(caller.events("clear")).as("nothing was playing when the caller spoke").isEmpty();

      fixture.realtime.emit(speechStarted());
      assertThat(caller.await(c -> !c.events("clear").isEmpty(), WAIT)).as("barge-in clears playback").isTrue();

      caller.hangUp();
      CallId id = new CallId("c_" + caller.callSid());
      assertThat(caller.await(c -> fixture.callLog.find(id).filter(CallRecord::ended).isPresent(), WAIT)).isTrue();
      CallRecord record = fixture.callLog.find(id).orElseThrow();
      assertThat(record.channel()).isEqualTo(Channel.PHONE);
      assertThat(record.from().map(p -> p.e164())).contains(PhoneFixture.CALLER);
      assertThat(record.transcript()).extracting(TranscriptLine::speaker).startsWith(Speaker.ASSISTANT);
      // The barge-in came while the reply played: unless its mark was already back, the record says it was cut.
      assertThat(record.transcript()).extracting(TranscriptLine::text).contains(LEAK)
          .containsAnyOf("You said: " + LEAK, "[interrupted]");
    }
  }

  @Test
  void givenAForgedOrUnsignedWebhook_whenPosted_thenItIsRefusedWith403AndNoStreamIsOffered() {
    try (PhoneFixture fixture = new PhoneFixture(true); SimulatedTwilioCaller caller = fixture.caller()) {
      TwimlAnswer forged = caller.postForged("/twilio/voice", java.util.Map.of("CallSid", caller.callSid(),
          "AccountSid", PhoneFixture.ACCOUNT, "From", PhoneFixture.CALLER));

      assertThat(forged.status()).isEqualTo(403);
      assertThat(forged.connectsStream()).isFalse();
    }
  }

  @Test
  void givenNoTwilioAuthToken_whenTwilioCalls_thenEveryWebhookIsRefused() {
    try (PhoneFixture fixture = new PhoneFixture(false); SimulatedTwilioCaller caller = fixture.caller()) {
      assertThat(caller.dial().status()).isEqualTo(403);
    }
  }

  @Test
  void givenAStreamTokenAlreadyUsed_whenASecondSocketPresentsIt_thenThatSocketIsClosedBeforeAnyAudio() {
    try (PhoneFixture fixture = new PhoneFixture(true); SimulatedTwilioCaller first = fixture.caller()) {
      TwimlAnswer answer = first.dial();
      first.connect(answer);
      assertThat(first.await(c -> c.audioBytes() > 0, WAIT)).isTrue();
      // The greeting plays from the phrase cache, before the call's ears are necessarily configured.
      assertThat(fixture.realtime.awaitEvent("session.update", WAIT)).as("the first call's ears").isPresent();

      try (SimulatedTwilioCaller replay = fixture.caller(first.callSid())) {
        replay.connect(answer);

        assertThat(replay.await(SimulatedTwilioCaller::closed, WAIT)).isTrue();
        // 1008 (policy) as sent; a caller writing a media frame at that instant may see the TCP close first
        // (OkHttp then reports 1006). Either way nothing was heard and no second vendor session opened.
        assertThat(replay.events("closed")).extracting(e -> e.detail()).singleElement().isIn("1008", "1006");
        assertThat(replay.audioBytes()).isZero();
      }
      assertThat(fixture.realtime.sessions()).as("one ears session only").isEqualTo(1);
    }
  }

  @Test
  void givenAnUnknownToken_whenTheStreamStarts_thenTheSocketClosesAndNoVendorSessionOpens() {
    try (PhoneFixture fixture = new PhoneFixture(true); SimulatedTwilioCaller caller = fixture.caller()) {
      TwimlAnswer answer = caller.dial();
      caller.connect(answer, java.util.Map.of("token", "guessed-token"));

      assertThat(caller.await(SimulatedTwilioCaller::closed, WAIT)).isTrue();
      assertThat(caller.audioBytes()).isZero();
      assertThat(fixture.realtime.count("session.update")).isZero();
    }
  }

  @Test
  void givenMalformedFrames_whenTheySpoilTheStream_thenTheyAreCountedAndTheCallGoesOn() {
    try (PhoneFixture fixture = new PhoneFixture(true); SimulatedTwilioCaller caller = fixture.caller()) {
      caller.connect(caller.dial());
      assertThat(caller.await(PhoneCallTest::greetingPlayed, WAIT)).isTrue();
      // The whole greeting, not just its first sentences: later audio must be the answer to the key press.
      assertThat(caller.await(c -> !fixture.serverSpeaking(c.callSid()), WAIT)).isTrue();
      long before = caller.audioBytes();

      caller.sendRaw("not json at all");
      caller.sendRaw("{\"event\":\"media\"}");
      caller.sendRaw("{\"event\":\"teleport\",\"streamSid\":\"MZ1\"}");
      caller.sendRaw("{\"event\":\"media\",\"media\":{\"payload\":\"" + "A".repeat(100_000) + "\"}}");
      caller.press("1");

      assertThat(caller.await(c -> c.audioBytes() > before, WAIT)).as("Chris answers the key press").isTrue();
      assertThat(caller.closed()).isFalse();
      // Awaited, not read at once: under load the greeting's last sentence may still arrive after "before".
      assertThat(caller.await(c -> fixture.context.phone().counters().malformedTotal() == 4, WAIT)).isTrue();
    }
  }

  @Test
  void givenAnUnsignedMediaSocket_whenItConnects_thenTheUpgradeIsRefused() {
    try (PhoneFixture fixture = new PhoneFixture(true); SimulatedTwilioCaller caller = fixture.caller()) {
      TwimlAnswer fake = new TwimlAnswer(200, "", java.util.Optional.of("wss://elsewhere.example/twilio/media"),
          java.util.Map.of("token", "x"));
      caller.connect(fake);

      assertThat(caller.events("closed")).extracting(e -> e.detail()).containsExactly("403");
    }
  }

  private static boolean greetingPlayed(SimulatedTwilioCaller caller) {
    int marks = caller.events("mark").size();
    return marks > 0 && caller.events("echo").size() == marks;
  }

  private static String speechStarted() {
    return "{\"type\":\"input_audio_buffer.speech_started\",\"audio_start_ms\":1000,\"item_id\":\"item_1\"}";
  }

  private static String transcript(String text) {
    return "{\"type\":\"conversation.item.input_audio_transcription.completed\",\"item_id\":\"item_1\","
        + "\"content_index\":0,\"transcript\":\"" + text + "\"}";
  }
}
