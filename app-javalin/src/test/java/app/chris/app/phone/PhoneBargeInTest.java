package app.chris.app.phone;

import static org.assertj.core.api.Assertions.assertThat;

import app.chris.core.port.CallId;
import app.chris.core.port.CallRecord;
import app.chris.core.port.Speaker;
import app.chris.testkit.twilio.SimulatedTwilioCaller;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Barge-in on the phone path: the caller talks over Chris after hearing his first sentence; the line is cleared,
 * the record holds only what was heard, and a mere "mm-hmm" brings back the rest.
 */
class PhoneBargeInTest {
  private static final Duration WAIT = Duration.ofSeconds(20);
  // The echo model answers "You said: " + this: a short first sentence, then two long ones (seconds of audio).
  private static final String QUESTION = "Hi. Please tell me everything about the pool hours, the guest passes, the "
      + "towel policy and the lifeguard schedule for the whole summer season. And then the same for the gym, the "
      + "sauna, the tennis courts and the rooftop terrace, in as much detail as you can.";

  /** Greets, asks the long question, and talks over Chris once his first sentence was heard. */
  private static void interruptAfterFirstSentence(PhoneFixture fixture, SimulatedTwilioCaller caller) {
    caller.connect(caller.dial());
    assertThat(caller.await(c -> greetingHeard(c) && !fixture.serverSpeaking(c.callSid()), WAIT)).isTrue();
    int echoes = caller.events("echo").size();
    fixture.realtime.emit(transcript(QUESTION));
    assertThat(caller.await(c -> c.events("echo").size() > echoes, WAIT)).as("first sentence heard").isTrue();
    // Frames of one socket are handled in order: once this stray frame is counted, the echo before it was handled.
    long strays = fixture.context.phone().counters().malformedTotal();
    caller.sendRaw("{\"event\":\"teleport\",\"streamSid\":\"MZ1\"}");
    assertThat(caller.await(c -> fixture.context.phone().counters().malformedTotal() > strays, WAIT)).isTrue();

    fixture.realtime.emit(speechStarted());

    assertThat(caller.await(c -> !c.events("clear").isEmpty(), WAIT)).as("barge-in clears playback").isTrue();
  }

  private static List<String> chrisLines(PhoneFixture fixture, SimulatedTwilioCaller caller) {
    CallRecord record = fixture.callLog.find(new CallId("c_" + caller.callSid())).orElseThrow();
    return record.transcript().stream().map(l -> (l.speaker() == Speaker.CALLER ? "caller: " : "chris: ") + l.text())
        .toList();
  }

  @Test
  void givenTheCallerTalksOverChris_whenTheyAskSomethingElse_thenTheRecordHoldsOnlyWhatTheyHeard() {
    try (PhoneFixture fixture = new PhoneFixture(true); SimulatedTwilioCaller caller = fixture.caller()) {
      interruptAfterFirstSentence(fixture, caller);

      fixture.realtime.emit(transcript("Sorry, just the gym."));
      assertThat(caller.await(c -> chrisLines(fixture, c).contains("chris: You said: Sorry, just the gym."), WAIT))
          .isTrue();

      List<String> lines = chrisLines(fixture, caller);
      assertThat(lines).containsSubsequence("chris: You said: Hi. [interrupted]", "caller: Sorry, just the gym.");
      assertThat(lines).filteredOn(l -> l.startsWith("chris:"))
          .noneMatch(l -> l.contains("towel policy") || l.contains("rooftop terrace"));
    }
  }

  @Test
  void givenTheCallerOnlySaysMmHmm_whenChrisWasCutOff_thenHeResumesWhatTheyMissed() {
    try (PhoneFixture fixture = new PhoneFixture(true); SimulatedTwilioCaller caller = fixture.caller()) {
      interruptAfterFirstSentence(fixture, caller);
      long beforeResume = caller.audioBytes();

      fixture.realtime.emit(transcript("Mm-hmm."));

      assertThat(caller.await(c -> c.audioBytes() > beforeResume
          && chrisLines(fixture, c).contains("caller: Mm-hmm."), WAIT)).isTrue();
      List<String> lines = chrisLines(fixture, caller);
      assertThat(lines).containsSubsequence("chris: You said: Hi. [interrupted]", "caller: Mm-hmm.",
          "chris: Please tell me everything about the pool hours, the guest passes, the towel policy and the "
              + "lifeguard schedule for the whole summer season.");
      assertThat(lines).noneMatch(l -> l.startsWith("chris: You said: Mm-hmm"));
    }
  }

  private static boolean greetingHeard(SimulatedTwilioCaller caller) {
    int marks = caller.events("mark").size();
    return marks > 0 && caller.events("echo").size() == marks;
  }

  private static String speechStarted() {
    return "{\"type\":\"input_audio_buffer.speech_started\",\"audio_start_ms\":1000,\"item_id\":\"item_2\"}";
  }

  private static String transcript(String text) {
    return "{\"type\":\"conversation.item.input_audio_transcription.completed\",\"item_id\":\"item_1\","
        + "\"content_index\":0,\"transcript\":\"" + text + "\"}";
  }
}
