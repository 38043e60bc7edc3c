package app.chris.testkit.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import app.chris.core.call.CallEvent;
import app.chris.core.dialogue.Tools;
import app.chris.core.port.FailureKind;
import app.chris.core.routing.ModelLineup;
import app.chris.testkit.ScriptedLanguageModel;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Fast model by default, strong for hard turns, failover without dropping the call, hold phrases when slow. */
class RoutingTest {
  private final Harness h = new Harness();
  private final ScriptedLanguageModel strong = new ScriptedLanguageModel("strong");
  private final ScriptedLanguageModel fallback = new ScriptedLanguageModel("fallback");

  RoutingTest() {
    h.use(new ModelLineup(h.model, Optional.of(strong), List.of(fallback)), Harness.quick());
  }

  private List<CallEvent.ModelUsed> used(Harness.Call call) {
    return call.output().events(CallEvent.ModelUsed.class);
  }

  @Test
  void simple_turns_use_the_fast_model_and_lease_questions_the_strong_one() {
    h.model.says("Sure, how can I help?");
    strong.says("Breaking a lease early depends on your lease terms.");
    Harness.Call call = h.call("+13125550188");

    call.say("Hi there");
    String answer = call.say("Can I break my lease early if I move for work?");

    assertThat(answer).contains("depends on your lease terms");
    assertThat(used(call)).extracting(CallEvent.ModelUsed::model).containsExactly("fast", "strong");
    assertThat(used(call).get(1).reason()).contains("lease or policy");
  }

  @Test
  void several_issues_in_one_turn_and_failed_verification_escalate_too() {
    strong.says("Let's take those one at a time.").uses(Tools.VERIFY_IDENTITY, "fullName", "Nobody Here",
        "address", "120 Maple Court unit 1B").says("Let me try again.");
    Harness.Call call = h.call("+13125550188");

    call.say("My sink is leaking and the heater is broken and there's mold in the bathroom");
    call.say("I'm Nobody Here at 120 Maple Court 1B");

    assertThat(used(call).get(0).reason()).contains("several issues");
    assertThat(used(call)).extracting(CallEvent.ModelUsed::model).contains("strong");
  }

  @Test
  void a_failing_model_fails_over_to_the_next_with_memory_intact() {
    h.model.uses(Tools.NOTE_DETAILS, "callerName", "Sam Lee");
    fallback.says("Thanks Sam, I'm still here.");
    Harness.Call call = h.call("+13125550188");
    call.say("My name is Sam Lee");
    h.model.failNext(FailureKind.UNAVAILABLE);

    assertThat(call.say("Are you there?")).isEqualTo("Thanks Sam, I'm still here.");
    assertThat(fallback.lastPrompt().memory().facts().callerName()).contains("Sam Lee");
    assertThat(fallback.lastPrompt().memory().recent()).anyMatch(l -> l.text().equals("My name is Sam Lee"));
    assertThat(used(call).get(used(call).size() - 1).reason()).contains("failover after unavailable from fast");
    assertThat(call.session().ended()).isFalse();
  }

  @Test
  void a_model_that_times_out_gets_a_hold_phrase_then_the_fallback_answers() {
    h.model.delay(Duration.ofSeconds(5)).says("too late");
    fallback.says("Here's your answer.");
    Harness.Call call = h.call("+13125550188");

    List<String> before = call.output().said();
    call.say("What are your office hours?");
    List<String> turn = call.output().said().subList(before.size(), call.output().said().size());

    assertThat(turn).hasSize(2);
    assertThat(turn.get(0)).matches(".*(moment|second|check|look|Bear).*");
    assertThat(turn.get(1)).isEqualTo("Here's your answer.");
    assertThat(call.output().all()).doesNotContain("too late");
    assertThat(used(call).get(0).reason()).contains("failover after timeout from fast");
  }

  @Test
  void when_the_remote_models_stall_the_last_resort_answers_once_the_failover_budget_is_spent() {
    ScriptedLanguageModel xai = new ScriptedLanguageModel("xai");
    ScriptedLanguageModel offline = new ScriptedLanguageModel("offline");
    h.use(new ModelLineup(h.model, Optional.empty(), List.of(xai, offline)), new app.chris.core.call.AssistantSettings(
        Duration.ofMillis(100), Duration.ofSeconds(8), 3, Duration.ofMillis(500)));
    h.model.delay(Duration.ofSeconds(8)).says("too late");
    xai.delay(Duration.ofSeconds(8)).says("too late as well");
    offline.says("I can take a message for the office.");
    Harness.Call call = h.call("+13125550188");

    String answer = call.say("Is anyone there?");

    assertThat(answer).endsWith("I can take a message for the office.").doesNotContain("too late");
    assertThat(used(call).get(used(call).size() - 1).reason()).contains("failover budget spent before xai");
  }

  @Test
  void when_the_calls_models_are_unreachable_its_turns_go_straight_to_the_last_resort() {
    ScriptedLanguageModel offline = new ScriptedLanguageModel("offline");
    h.use(new ModelLineup(h.model, Optional.of(strong), List.of(fallback, offline)), Harness.quick());
    h.model.says("from the fast model");
    offline.says("I can take a message for the office.");
    Harness.Call call = h.call("+13125550188");

    call.session().onModelsUnreachable();
    String answer = call.say("Is anyone there?");

    assertThat(answer).endsWith("I can take a message for the office.");
    assertThat(h.model.prompts()).as("fast model never asked").isEmpty();
    assertThat(fallback.prompts()).as("fallback never asked").isEmpty();
    assertThat(used(call)).extracting(CallEvent.ModelUsed::model).containsExactly("offline");
    assertThat(used(call).get(0).reason()).contains("models unreachable on this call");
  }

  @Test
  void when_the_calls_models_are_unreachable_a_provider_proven_healthy_again_is_still_used() {
    ScriptedLanguageModel offline = new ScriptedLanguageModel("offline");
    h.use(new ModelLineup(h.model, Optional.empty(), List.of(fallback, offline)), Harness.quick());
    fallback.provenHealthy(true).says("The fallback provider is back.");
    Harness.Call call = h.call("+13125550188");
    call.session().onModelsUnreachable();

    assertThat(call.say("Is anyone there?")).endsWith("The fallback provider is back.");
    assertThat(h.model.prompts()).isEmpty();

    h.model.provenHealthy(true).says("And the fast model too.");
    assertThat(call.say("Hello?")).endsWith("And the fast model too.");
  }

  @Test
  void when_every_model_fails_chris_apologises_takes_a_message_and_the_call_goes_on() {
    h.model.failNext(FailureKind.AUTHENTICATION);
    strong.failNext(FailureKind.UNAVAILABLE);
    fallback.failNext(FailureKind.QUOTA);
    h.model.says("Back again.");
    Harness.Call call = h.call("+13125550188");

    assertThat(call.say("Hello?")).contains("someone from the office will call you back");
    assertThat(call.session().ended()).isFalse();
    assertThat(call.say("Hello?")).isEqualTo("Back again.");
  }

  @Test
  void a_slow_but_successful_model_gets_one_hold_phrase_before_its_answer() {
    h.use(ModelLineup.only(h.model), new app.chris.core.call.AssistantSettings(Duration.ofMillis(30),
        Duration.ofSeconds(5), 3));
    h.model.delay(Duration.ofMillis(300)).says("The office opens at nine.");
    Harness.Call call = h.call("+13125550188");

    String turn = call.say("When do you open?");

    assertThat(turn).endsWith("The office opens at nine.");
    assertThat(turn.length()).isGreaterThan("The office opens at nine.".length());
  }
}
