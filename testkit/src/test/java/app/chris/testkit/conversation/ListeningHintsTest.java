package app.chris.testkit.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import app.chris.core.call.AssistantSettings;
import app.chris.core.call.CallEvent;
import app.chris.core.dialogue.Tools;
import app.chris.core.port.Expectation;
import app.chris.core.port.LanguageModel;
import app.chris.core.port.ModelReply;
import app.chris.core.port.Prompt;
import app.chris.core.port.TextStream;
import app.chris.core.port.TokenUsage;
import app.chris.core.routing.ModelLineup;
import java.util.List;
import org.junit.jupiter.api.Test;

/** After each turn the host learns what kind of answer Chris's question calls for, and the turn's timing. */
class ListeningHintsTest {
  private final Harness h = new Harness();

  private static List<Expectation> hints(Harness.Call call) {
    return call.output().events(CallEvent.Expecting.class).stream().map(CallEvent.Expecting::next).toList();
  }

  @Test
  void questions_from_core_flows_and_from_the_model_set_the_hint_and_an_ordinary_reply_restores_it() {
    h.model.uses(Tools.VERIFY_IDENTITY, "fullName", "Ana Ruiz")
        .uses(Tools.NOTE_DETAILS, "address", "120 Maple Court")
        .says("Got it. What's the best phone number to reach you?")
        .says("Thanks. Please say your PIN.")
        .says("Thanks, I've noted all of that.");
    Harness.Call call = h.call("+13125550188");

    String askedAddress = call.say("I'm Ana Ruiz and I'd like my balance.");
    String askedUnit = call.say("120 Maple Court.");
    call.say("Unit 1A.");
    call.say("It's 217 555 0101.");
    call.say("1 2 3 4.");

    assertThat(askedAddress).containsIgnoringCase("address");
    assertThat(askedUnit).containsIgnoringCase("unit");
    assertThat(hints(call)).containsExactly(Expectation.ADDRESS, Expectation.DIGITS, Expectation.PHONE_NUMBER,
        Expectation.DIGITS, Expectation.ANYTHING);
  }

  @Test
  void a_yes_or_no_question_is_an_ordinary_answer_even_when_it_reads_an_address_back() {
    h.model.says("What's the address of the unit?").uses(Tools.NOTE_DETAILS, "address", "122 Maple Court unit 1A");
    Harness.Call call = h.call("+13125550188");

    call.say("My faucet drips.");
    String readBack = call.say("122 Maple Court, 1A.");

    assertThat(readBack).contains("?");
    assertThat(call.session().ended()).isFalse();
    assertThat(hints(call)).containsExactly(Expectation.ADDRESS, Expectation.ANYTHING);
  }

  @Test
  void the_turn_metric_counts_from_the_end_of_the_callers_speech_when_the_ears_report_it() {
    h.use(ModelLineup.only(new Metered()), AssistantSettings.defaults());
    Harness.Call call = h.call("+13125550188");

    call.session().onCallerSpeechStopped();
    call.say("Hello?");
    call.say("Typed, not spoken.");

    List<CallEvent.ModelUsed> used = call.output().events(CallEvent.ModelUsed.class);
    assertThat(used).hasSize(2);
    assertThat(used.get(0).speechToFirstTokenMillis()).isPresent();
    assertThat(used.get(0).speechToFirstTokenMillis().getAsLong()).isGreaterThanOrEqualTo(0);
    assertThat(used.get(1).speechToFirstTokenMillis()).as("no speech end reported for this turn").isEmpty();
    assertThat(used.get(0).model()).isEqualTo("metered");
    assertThat(used.get(0).reason()).isEqualTo("fast: default");
    assertThat(used.get(0).tokens()).contains(new TokenUsage(120, 64, 9));
  }

  /** A model that reports its token usage, as the OpenAI adapter does at the end of a stream. */
  private static final class Metered implements LanguageModel {
    @Override
    public String name() {
      return "metered";
    }

    @Override
    public ModelReply complete(Prompt prompt, TextStream stream) {
      stream.delta("Okay.");
      stream.usage(new TokenUsage(120, 64, 9));
      return new ModelReply.Text("Okay.");
    }
  }
}
