package app.chris.testkit.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import app.chris.core.port.LanguageModel;
import app.chris.core.port.ModelReply;
import app.chris.core.port.Prompt;
import app.chris.core.port.Speaker;
import app.chris.core.port.TextStream;
import app.chris.core.port.TranscriptLine;
import app.chris.core.routing.ModelLineup;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * When the caller talks over Chris, memory keeps only what they heard (marked "[interrupted]"), and a mere
 * backchannel ("mm-hmm", "okay") brings back what they missed instead of losing it.
 */
class BargeInTest {
  private static final String HOURS = "The pool opens at ten. It closes at eight. Guests need a pass from the office.";
  private final Harness h = new Harness();

  /** Chris answers the pool question; the caller hears the first sentence, then talks over the rest. */
  private Harness.Call interruptedAfterFirstSentence() {
    Harness.Call call = h.call("+13125550188");
    call.output().holdPlayback();
    h.model.says(HOURS);
    call.say("When is the pool open?");
    call.output().heardThrough("The pool opens at ten.");
    call.session().onCallerSpeechStarted();
    return call;
  }

  private List<String> transcript(Harness.Call call) {
    return h.callLog.find(call.session().id()).orElseThrow().transcript().stream()
        .map(l -> (l.speaker() == Speaker.CALLER ? "caller: " : "chris: ") + l.text()).toList();
  }

  @Test
  void givenTheCallerCutsChrisOff_whenTheyAskSomethingElse_thenTheModelSeesOnlyWhatTheyHeardMarkedInterrupted() {
    Harness.Call call = interruptedAfterFirstSentence();
    h.model.says("The gym is open all day.");

    call.say("Sorry, I meant the gym.");

    List<String> seen = h.model.lastPrompt().memory().recent().stream().map(TranscriptLine::text).toList();
    assertThat(seen).containsSubsequence("When is the pool open?", "The pool opens at ten. [interrupted]",
        "Sorry, I meant the gym.");
    assertThat(String.join(" ", seen)).doesNotContain("closes at eight").doesNotContain("Guests need a pass");
    assertThat(transcript(call)).containsSubsequence("chris: The pool opens at ten. [interrupted]",
        "caller: Sorry, I meant the gym.", "chris: The gym is open all day.");
  }

  @Test
  void givenTheCallerCutsChrisOffWithMmHmm_thenChrisResumesWhatTheyMissedWithoutAskingTheModel() {
    Harness.Call call = interruptedAfterFirstSentence();
    int prompts = h.model.prompts().size();

    String resumed = call.say("Mm-hmm.");

    assertThat(resumed).isEqualTo("It closes at eight. Guests need a pass from the office.");
    assertThat(h.model.prompts()).hasSize(prompts);
    assertThat(transcript(call)).containsSubsequence("chris: The pool opens at ten. [interrupted]",
        "caller: Mm-hmm.", "chris: It closes at eight.", "chris: Guests need a pass from the office.");
  }

  @Test
  void givenTheInterruptionWasOnlyNoise_whenTheTranscriptComesBackEmpty_thenChrisResumes() {
    Harness.Call call = interruptedAfterFirstSentence();

    String resumed = call.say("");

    assertThat(resumed).isEqualTo("It closes at eight. Guests need a pass from the office.");
    assertThat(transcript(call)).noneMatch(l -> l.equals("caller: "));
  }

  @Test
  void givenTheCallerHeardAQuestion_whenTheyCutInWithYes_thenThatIsAnAnswerForTheModel() {
    Harness.Call call = h.call("+13125550188");
    call.output().holdPlayback();
    h.model.says("Would you like the pool hours? They are posted in the lobby too.").says("It opens at ten.");
    call.say("I have a question about the pool.");
    call.output().heardThrough("Would you like the pool hours?");
    call.session().onCallerSpeechStarted();

    String answer = call.say("Yes.");

    assertThat(answer).isEqualTo("It opens at ten.");
    assertThat(h.model.lastPrompt().memory().recent()).extracting(TranscriptLine::text)
        .contains("Would you like the pool hours? [interrupted]");
  }

  @Test
  void givenTheCallerCutsInWhileChrisIsStillStreaming_whenItWasOnlyOkay_thenTheWholeRestOfTheReplyIsSaid() {
    Harness.Call[] call = new Harness.Call[1];
    h.use(ModelLineup.only(new InterruptedMidway(() -> call[0].session().onCallerSpeechStarted())), Harness.quick());
    call[0] = h.call("+13125550188");
    call[0].output().holdPlayback();
    String cutShort = call[0].say("When is the pool open?");

    String resumed = call[0].say("okay");

    assertThat(cutShort).isEqualTo("The pool opens at ten.");
    assertThat(resumed).isEqualTo("The pool opens at ten. It closes at eight.");
    assertThat(transcript(call[0])).containsSubsequence("caller: When is the pool open?", "chris: [interrupted]",
        "caller: okay", "chris: The pool opens at ten.", "chris: It closes at eight.");
  }

  /** Streams two sentences; the caller cuts in after the first one went out. */
  private record InterruptedMidway(Runnable bargeIn) implements LanguageModel {
    @Override
    public String name() {
      return "interrupted-midway";
    }

    @Override
    public ModelReply complete(Prompt prompt, TextStream stream) {
      stream.delta("The pool opens at ten. It clo");
      bargeIn.run();
      stream.delta("ses at eight.");
      return new ModelReply.Text("The pool opens at ten. It closes at eight.");
    }
  }
}
