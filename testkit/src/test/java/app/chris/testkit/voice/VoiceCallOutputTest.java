package app.chris.testkit.voice;

import static org.assertj.core.api.Assertions.assertThat;

import app.chris.core.port.AudioFrame;
import app.chris.core.port.AudioSink;
import app.chris.core.port.FailureKind;
import app.chris.core.port.PhoneNumber;
import app.chris.core.port.PortException;
import app.chris.core.port.SpeechSynthesizer;
import app.chris.core.port.Utterance;
import app.chris.core.voice.SpokenSentence;
import app.chris.core.voice.SpokenSentence.Delivery;
import app.chris.core.voice.VoiceCallOutput;
import app.chris.testkit.RecordingCallerLine;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class VoiceCallOutputTest {
  private final RecordingCallerLine line = new RecordingCallerLine();

  @Test
  void givenTwoSentences_whenTheSecondSynthesizesFirst_thenTheCallerStillHearsThemInOrderWithAMarkAfterEach() {
    ManualVoice voice = new ManualVoice();
    VoiceCallOutput output = new VoiceCallOutput(voice, line);
    output.say("Hello there.");
    output.say("How can I help?");

    voice.utterance(1).speak(2);
    voice.utterance(0).speak(1);

    assertThat(line.summary()).containsExactly("audio:160", "mark:say-0", "audio:160", "audio:160", "mark:say-1");
    assertThat(voice.texts()).containsExactly("Hello there.", "How can I help?");
  }

  @Test
  void givenChrisIsSpeaking_whenTheCallerBargesIn_thenTheLineIsClearedAndLateAudioIsDropped() {
    ManualVoice voice = new ManualVoice();
    VoiceCallOutput output = new VoiceCallOutput(voice, line);
    output.say("Your balance is due on the first.");
    voice.utterance(0).audio(1);

    output.stopSpeaking();
    voice.utterance(0).speak(3);

    assertThat(line.summary()).containsExactly("audio:160", "clear");
    assertThat(voice.utterance(0).cancelled).isTrue();
    assertThat(output.spoken()).extracting(SpokenSentence::delivery).containsExactly(Delivery.CUT_OFF);
  }

  @Test
  void givenChrisIsSilent_whenTheCallerStartsTalking_thenNoClearIsSent() {
    VoiceCallOutput output = new VoiceCallOutput(new CannedSpeechSynthesizer(), line);
    output.say("Hi.");
    output.markPlayed(line.marks().get(0));

    output.stopSpeaking();

    assertThat(line.summary()).doesNotContain("clear");
    assertThat(output.spoken()).extracting(SpokenSentence::heard).containsExactly(true);
  }

  @Test
  void givenThreeSentences_whenOnlyTheSecondMarkReturnsBeforeABargeIn_thenTheFirstTwoCountAsHeard() {
    VoiceCallOutput output = new VoiceCallOutput(new CannedSpeechSynthesizer(), line);
    output.say("One.");
    output.say("Two.");
    output.say("Three.");

    output.markPlayed(line.marks().get(1));
    output.stopSpeaking();

    assertThat(output.spoken()).extracting(SpokenSentence::delivery)
        .containsExactly(Delivery.HEARD, Delivery.HEARD, Delivery.CUT_OFF);
    assertThat(line.summary()).endsWith("clear");
  }

  @Test
  void givenAGoodbyeStillSynthesizing_whenChrisHangsUp_thenTheLineHangsUpOnlyAfterTheGoodbyeIsSent() {
    ManualVoice voice = new ManualVoice();
    VoiceCallOutput output = new VoiceCallOutput(voice, line);
    output.say("Goodbye!");
    output.hangUp();
    output.say("Anything after the goodbye is not said.");
    assertThat(line.summary()).isEmpty();

    voice.utterance(0).speak(2);

    assertThat(line.summary()).containsExactly("audio:160", "audio:160", "mark:say-0", "hangup");
    assertThat(voice.texts()).containsExactly("Goodbye!");
  }

  @Test
  void givenATransferAnnouncement_whenChrisTransfers_thenTheCallMovesOnlyOnceTheAnnouncementWasHeard() {
    VoiceCallOutput output = new VoiceCallOutput(new CannedSpeechSynthesizer(), line);
    output.say("Putting you through to the office now.");
    output.transfer(PhoneNumber.parse("+12175550100").orElseThrow(), "Caller about a leak");
    assertThat(line.summary()).doesNotContain("transfer:+12175550100");

    output.markPlayed(line.marks().get(0));

    assertThat(line.summary()).endsWith("transfer:+12175550100");
  }

  @Test
  void givenTheVoiceFailsOnASentence_whenTheNextSentenceIsSaid_thenTheCallGoesOnWithTheNextOne() {
    ManualVoice voice = new ManualVoice();
    VoiceCallOutput output = new VoiceCallOutput(voice, line);
    output.say("This one fails.");
    output.say("This one works.");

    voice.utterance(0).sink.failed(new PortException(FailureKind.UNAVAILABLE, "voice down"));
    voice.utterance(1).speak(1);

    assertThat(line.summary()).containsExactly("audio:160", "mark:say-1");
    assertThat(output.spoken()).extracting(SpokenSentence::delivery).containsExactly(Delivery.CUT_OFF, Delivery.PLAYING);
  }

  @Test
  void givenThreeSentencesAndOnlyTheFirstHeard_whenTheCallerBargesIn_thenTheOutputSaysWhichTheCallerMissed() {
    ManualVoice voice = new ManualVoice();
    VoiceCallOutput output = new VoiceCallOutput(voice, line);
    output.say("Your balance is $125.50.");
    output.say("It was due on the first.");
    output.say("Would you like to pay now?");
    voice.utterance(0).speak(2);
    voice.utterance(1).audio(1);
    output.markPlayed(line.marks().get(0));

    List<String> missed = output.bargeIn();

    assertThat(missed).containsExactly("It was due on the first.", "Would you like to pay now?");
    assertThat(line.summary()).endsWith("clear");
    assertThat(output.bargeIn()).as("a second barge-in cuts nothing more").isEmpty();
  }

  @Test
  void givenTheVoiceProducesNothing_whenSentencesFail_thenTheLossIsReportedOnceWithItsKind() {
    List<FailureKind> lost = new CopyOnWriteArrayList<>();
    ManualVoice voice = new ManualVoice();
    VoiceCallOutput output = new VoiceCallOutput(voice, line, event -> {}, lost::add);
    output.say("Let me look that up.");
    output.say("One moment.");

    voice.utterance(0).sink.failed(new PortException(FailureKind.UNAVAILABLE, "voice down"));
    voice.utterance(1).sink.failed(new PortException(FailureKind.TIMEOUT, "voice down"));

    assertThat(lost).containsExactly(FailureKind.UNAVAILABLE);
  }

  @Test
  void givenOneSentenceRefusedOrCutAfterAudio_whenItFails_thenTheVoiceIsNotReportedLost() {
    List<FailureKind> lost = new CopyOnWriteArrayList<>();
    ManualVoice voice = new ManualVoice();
    VoiceCallOutput output = new VoiceCallOutput(voice, line, event -> {}, lost::add);
    output.say("A sentence the vendor refuses.");
    output.say("A sentence whose socket drops halfway.");

    voice.utterance(0).sink.failed(new PortException(FailureKind.INVALID_REQUEST, "too long"));
    voice.utterance(1).audio(2);
    voice.utterance(1).sink.failed(new PortException(FailureKind.UNAVAILABLE, "dropped"));

    assertThat(lost).isEmpty();
    assertThat(line.summary()).containsExactly("audio:160", "audio:160", "mark:say-1");
  }

  @Test
  void givenSentencesKeepBreakingOffHalfway_whenTheSecondInARowIsCut_thenTheVoiceIsReportedLost() {
    List<FailureKind> lost = new CopyOnWriteArrayList<>();
    ManualVoice voice = new ManualVoice();
    VoiceCallOutput output = new VoiceCallOutput(voice, line, event -> {}, lost::add);
    output.say("The pool opens at ten.");
    output.say("It closes at eight.");

    voice.utterance(0).audio(2);
    voice.utterance(0).sink.failed(new PortException(FailureKind.UNAVAILABLE, "dropped"));
    assertThat(lost).as("one cut sentence is bad luck").isEmpty();
    voice.utterance(1).audio(1);
    voice.utterance(1).sink.failed(new PortException(FailureKind.UNAVAILABLE, "dropped"));

    assertThat(lost).as("half a reply, twice: hand the caller to staff").containsExactly(FailureKind.UNAVAILABLE);
  }

  @Test
  void givenACutSentenceThenAWholeOne_whenAnotherIsCut_thenTheVoiceIsStillNotReportedLost() {
    List<FailureKind> lost = new CopyOnWriteArrayList<>();
    ManualVoice voice = new ManualVoice();
    VoiceCallOutput output = new VoiceCallOutput(voice, line, event -> {}, lost::add);
    output.say("One.");
    output.say("Two.");
    output.say("Three.");

    voice.utterance(0).audio(1);
    voice.utterance(0).sink.failed(new PortException(FailureKind.UNAVAILABLE, "dropped"));
    voice.utterance(1).speak(1);
    voice.utterance(2).audio(1);
    voice.utterance(2).sink.failed(new PortException(FailureKind.UNAVAILABLE, "dropped"));

    assertThat(lost).isEmpty();
  }

  @Test
  void givenTheCallerHungUpMidReply_whenTheTurnGoesOn_thenSynthesisStopsAndNothingMoreIsVoiced() {
    ManualVoice voice = new ManualVoice();
    VoiceCallOutput output = new VoiceCallOutput(voice, line);
    output.say("Your request is filed.");
    voice.utterance(0).audio(1);

    output.callerGone();
    output.say("Is there anything else I can help with?");

    assertThat(voice.utterance(0).cancelled).as("the sentence being voiced is cancelled").isTrue();
    assertThat(voice.texts()).as("nothing new is sent to the voice").hasSize(1);
  }

  /** A synthesizer the test drives by hand: audio and completion arrive only when the test says so. */
  private static final class ManualVoice implements SpeechSynthesizer {
    private final List<ManualUtterance> utterances = new CopyOnWriteArrayList<>();

    @Override
    public Utterance begin(AudioSink sink) {
      ManualUtterance utterance = new ManualUtterance(sink);
      utterances.add(utterance);
      return utterance;
    }

    ManualUtterance utterance(int index) {
      return utterances.get(index);
    }

    List<String> texts() {
      return utterances.stream().map(u -> u.text.toString()).toList();
    }
  }

  private static final class ManualUtterance implements Utterance {
    final AudioSink sink;
    final StringBuilder text = new StringBuilder();
    volatile boolean cancelled;

    ManualUtterance(AudioSink sink) {
      this.sink = sink;
    }

    void audio(int frames) {
      for (int i = 0; i < frames; i++) {
        sink.audio(new AudioFrame(new byte[AudioFrame.PHONE_FRAME_BYTES]));
      }
    }

    void speak(int frames) {
      audio(frames);
      sink.done();
    }

    @Override
    public void append(String more) {
      text.append(more);
    }

    @Override
    public void end() {}

    @Override
    public void cancel() {
      cancelled = true;
    }
  }
}
