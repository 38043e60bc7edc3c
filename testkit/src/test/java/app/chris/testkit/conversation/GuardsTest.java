package app.chris.testkit.conversation;

import static app.chris.testkit.conversation.ScenarioFlowsTest.call;
import static org.assertj.core.api.Assertions.assertThat;

import app.chris.core.dialogue.Tools;
import app.chris.core.port.ToolResult;
import org.junit.jupiter.api.Test;

/** Whatever the model says: no account data before verification, no tenant names, no parroting. */
class GuardsTest {
  private final Harness h = new Harness();

  @Test
  void model_that_tries_to_say_a_balance_before_verification_is_stopped() {
    h.model.says("Sure! The balance on unit 1B is $125.50. Anything else?");
    Harness.Call call = h.call("+13125550188");

    String heard = call.say("What's the balance on unit 1B at 120 Maple Court?");

    assertThat(heard).doesNotContain("125.50").contains("verified account holder").contains("Anything else?");
    assertThat(call.session().hangUp().actions()).anyMatch(a -> a.kind().equals("disclosure_blocked"));
  }

  @Test
  void model_that_spells_the_balance_out_in_words_is_stopped_too() {
    h.model.says("You owe one hundred twenty-five dollars and fifty cents.");
    Harness.Call call = h.call("+12175550102");

    assertThat(call.say("How much do I owe?")).doesNotContainIgnoringCase("twenty");
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(strings = {"You owe $125.50.", "That's 125.50 in total.",
      "It comes to 125 dollars and 50 cents.", "About one hundred twenty-five dollars.", "You owe $125 or so."})
  void every_way_of_saying_the_claimed_tenants_balance_is_withheld(String leak) {
    h.model.says(leak);
    Harness.Call call = h.call("+13125550188");

    assertThat(call.say("Balance for 120 Maple Court unit 1B?")).isEqualTo(
        "I can only share account details with the verified account holder.");
  }

  @Test
  void words_before_tool_calls_are_said_while_the_tools_run() {
    h.model.replies(new app.chris.core.port.ModelReply.ToolUse("Let me look that up.",
        java.util.List.of(call(Tools.ANSWER_QUESTION, "question", "when is trash picked up"))));
    Harness.Call call = h.call("+13125550188");

    assertThat(call.say("When's trash day?")).startsWith("Let me look that up.").contains("Tuesday");
  }

  @Test
  void model_that_names_another_tenant_is_silenced() {
    h.model.says("That would be Carla Diaz in 2B. I'll pass it on.");
    Harness.Call call = h.call("+12175550101");

    String heard = call.say("Who lives upstairs from me?");

    assertThat(heard).doesNotContain("Carla").doesNotContain("Diaz").contains("I'll pass it on.");
  }

  @Test
  void model_that_repeats_itself_is_paraphrased_unless_the_caller_asks_to_repeat() {
    h.model.says("Our office opens at nine.").says("Our office opens at nine.").says("Our office opens at nine.");
    Harness.Call call = h.call("+13125550188");

    String first = call.say("When do you open?");
    String second = call.say("When do you open again?");
    String third = call.say("Sorry, can you say that again?");

    assertThat(first).isEqualTo("Our office opens at nine.");
    assertThat(second).isNotEqualTo(first).contains("our office opens at nine.");
    assertThat(third).isEqualTo("Our office opens at nine.");
  }

  @Test
  void a_sentence_repeated_within_one_reply_is_said_once() {
    h.model.says("Thanks. Thanks. How can I help?");
    Harness.Call call = h.call("+13125550188");

    assertThat(call.say("hello")).isEqualTo("Thanks. How can I help?");
  }

  @Test
  void unknown_tool_and_garbage_arguments_get_clear_refusals_and_the_call_goes_on() {
    h.model.usesAll(call("open_the_vault", "door", "front"),
            new app.chris.core.port.ToolCall("x1", Tools.GET_ACCOUNT, java.util.Map.of(),
                java.util.Optional.of("{topic: balance")),
            call(Tools.CREATE_SERVICE_REQUEST, "category", "plumbing"),
            call(Tools.REPORT_EMERGENCY, "kind", "meteor", "description", "a meteor"))
        .thenSays("Sorry about that. How can I help?");
    Harness.Call call = h.call("+13125550188");

    assertThat(call.say("hello")).isEqualTo("Sorry about that. How can I help?");

    var results = h.model.lastPrompt().toolExchanges().stream().map(e -> e.result()).toList();
    assertThat(results).extracting(ToolResult::ok).containsOnly(false);
    assertThat(results.get(0).content()).contains("no tool named 'open_the_vault'");
    assertThat(results.get(1).content()).contains("could not be read");
    assertThat(results.get(2).content()).contains("needs the argument 'description'");
    assertThat(results.get(3).content()).contains("must be one of");
    assertThat(call.session().ended()).isFalse();
    assertThat(h.serviceDesk.recent(5)).isEmpty();
  }
}
