package app.chris.testkit.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import app.chris.core.dialogue.Tools;
import app.chris.core.port.ConversationMemory;
import app.chris.core.port.KnowledgeSource;
import app.chris.core.port.NewKnowledgeFact;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The model sees bounded memory with the facts; answers come from facts only and are cached per version. */
class MemoryAndAnswersTest {
  private final Harness h = new Harness();

  @Test
  void the_model_sees_memory_every_turn_and_long_calls_are_summarised_while_facts_stay() {
    h.model.uses(Tools.NOTE_DETAILS, "callerName", "Sam Lee", "callbackNumber", "630 555 0150");
    Harness.Call call = h.call("+13125550188");
    call.say("I'm Sam Lee, call me at 630 555 0150");
    for (int i = 0; i < 40; i++) {
      h.model.says("Noted number " + i + ".");
      call.say("Here is detail number " + i);
    }

    ConversationMemory memory = h.model.lastPrompt().memory();
    assertThat(memory.recent()).hasSizeLessThanOrEqualTo(24);
    assertThat(memory.earlierSummary()).contains("Earlier in the call").hasSizeLessThan(800);
    assertThat(memory.recent().get(memory.recent().size() - 1).text()).isEqualTo("Here is detail number 39");
    assertThat(memory.facts().callerName()).contains("Sam Lee");
    assertThat(memory.facts().callbackNumber()).hasValueSatisfying(p -> assertThat(p.e164()).isEqualTo("+16305550150"));
    assertThat(h.model.lastPrompt().tools()).extracting(t -> t.name()).contains(Tools.REPORT_EMERGENCY);
  }

  @Test
  void chris_does_not_ask_again_for_a_name_already_given() {
    h.model.uses(Tools.NOTE_DETAILS, "callerName", "Tom Baker").uses(Tools.GET_ACCOUNT, "topic", "balance");
    Harness.Call call = h.call("+13125550188");
    call.say("This is Tom Baker");

    String ask = call.say("What's my balance?");

    assertThat(ask).containsIgnoringCase("address").doesNotContainIgnoringCase("your full name");
  }

  @Test
  void a_model_asking_again_for_a_name_it_was_given_is_kept_quiet() {
    h.model.uses(Tools.NOTE_DETAILS, "callerName", "Tom Baker").says("Got it. What's your name?");
    Harness.Call call = h.call("+13125550188");
    call.say("This is Tom Baker");

    assertThat(call.say("My sink is clogged")).isEqualTo("Got it.");
  }

  @Test
  void unknown_questions_are_not_guessed_and_become_an_open_question_for_the_office() {
    h.model.uses(Tools.ANSWER_QUESTION, "question", "Is there a helipad on the roof?");
    Harness.Call call = h.call("+13125550188");

    assertThat(call.say("Is there a helipad on the roof?")).contains("I don't have that information");
    assertThat(call.session().hangUp().actions()).anyMatch(a -> a.kind().equals("open_question")
        && a.detail().contains("helipad"));
  }

  @Test
  void office_hours_come_from_the_portfolio() {
    h.model.uses(Tools.ANSWER_QUESTION, "question", "What are the office hours?");
    Harness.Call call = h.call("+13125550188");

    assertThat(call.say("When is the office open?")).contains("Monday through Friday from 9:00 AM to 5:00 PM");
  }

  @Test
  void answers_are_cached_until_the_knowledge_changes() {
    h.model.uses(Tools.ANSWER_QUESTION, "question", "When is trash picked up?")
        .uses(Tools.ANSWER_QUESTION, "question", "When is trash picked up?")
        .uses(Tools.ANSWER_QUESTION, "question", "When is trash picked up?");
    Harness.Call first = h.call("+13125550188");
    assertThat(first.say("trash day?")).contains("Tuesday");
    Harness.Call second = h.call("+13125550177");
    assertThat(second.say("trash day?")).contains("Tuesday");
    assertThat(h.assistant().cachedAnswers()).isEqualTo(1);

    h.knowledge.add(new NewKnowledgeFact(Optional.of("P100"), "This week trash pickup moves to Wednesday "
        + "because of the holiday.", KnowledgeSource.DASHBOARD, "office", Optional.empty()));
    Harness.Call third = h.call("+13125550166");

    assertThat(third.say("trash day?")).contains("Wednesday");
    assertThat(h.assistant().cachedAnswers()).isEqualTo(1);
  }

  @Test
  void a_taught_fact_about_one_amenity_does_not_replace_the_list_of_amenities() {
    h.knowledge.add(new NewKnowledgeFact(Optional.of("P100"), "The fitness room at Maple Court is closed for repairs "
        + "until December 15th.", KnowledgeSource.ADMIN_PHONE, "Pat Morgan", Optional.empty()));
    h.model.uses(Tools.ANSWER_QUESTION, "question", "What amenities does Maple Court have?");
    Harness.Call call = h.call("+13125550188");

    assertThat(call.say("What amenities does Maple Court have?")).contains("pool").contains("laundry");
  }

  @Test
  void trash_pickup_is_answered_with_the_trash_day_not_the_pool_hours() {
    h.model.uses(Tools.ANSWER_QUESTION, "question", "What day is trash pickup?");
    Harness.Call call = h.call("+13125550188");

    assertThat(call.say("What day is trash pickup?")).contains("Tuesday").doesNotContain("pool");
  }

  @Test
  void a_question_sharing_only_the_word_deposit_is_not_answered_with_the_pet_deposit_but_goes_to_the_office() {
    h.model.uses(Tools.ANSWER_QUESTION, "question", "How do I get my deposit back?");
    Harness.Call call = h.call("+13125550188");

    assertThat(call.say("How do I get my deposit back?")).contains("have the office follow up")
        .doesNotContain("$300").doesNotContainIgnoringCase("pet");
    assertThat(call.session().hangUp().actions()).anyMatch(a -> a.kind().equals("open_question")
        && a.detail().contains("deposit back"));
  }
}
