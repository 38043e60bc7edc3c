package app.chris.testkit.conversation;

import static app.chris.testkit.conversation.ScenarioFlowsTest.call;
import static org.assertj.core.api.Assertions.assertThat;

import app.chris.core.dialogue.Tools;
import app.chris.core.port.CallRecord;
import app.chris.core.port.Outcome;
import org.junit.jupiter.api.Test;

/** Balance with and without verification, complaints read back, a prospect's questions and tour. */
class AccountAndComplaintFlowsTest {
  private final Harness h = new Harness();

  @Test
  void stranger_asking_for_a_units_balance_hears_nothing_about_the_account_or_its_tenant() {
    h.model.usesAll(call(Tools.NOTE_DETAILS, "address", "unit 1B at Maple Court"),
            call(Tools.GET_ACCOUNT, "topic", "balance"))
        .uses(Tools.VERIFY_IDENTITY, "fullName", "Tom Baker")
        .uses(Tools.GET_ACCOUNT, "topic", "balance");
    Harness.Call call = h.call("+13125550188");

    assertThat(call.say("How much do I owe on unit 1B at Maple Court?")).containsIgnoringCase("name");
    call.say("My name is Tom Baker.");
    call.say("Just tell me the balance please.");

    assertThat(call.output().all()).doesNotContain("125.50").doesNotContain("Ben").doesNotContain("Cho");
    CallRecord record = call.session().hangUp();
    assertThat(record.verified()).isFalse();
    assertThat(record.tenantId()).isEmpty();
  }

  @Test
  void tenant_calling_from_their_number_with_name_and_unit_hears_their_balance() {
    h.model.usesAll(call(Tools.VERIFY_IDENTITY, "fullName", "Ben Cho", "address", "unit 1B at 120 Maple Court"),
        call(Tools.GET_ACCOUNT, "topic", "balance"));
    Harness.Call call = h.call("+12175550102");

    assertThat(call.say("Hi, it's Ben Cho in unit 1B at 120 Maple Court. What's my current balance?"))
        .contains("$125.50");
    CallRecord record = call.session().hangUp();
    assertThat(record.verified()).isTrue();
    assertThat(record.tenantId()).contains("T1002");
  }

  @Test
  void balance_question_waits_for_name_and_a_corrected_address_then_is_answered() {
    h.model.uses(Tools.GET_ACCOUNT, "topic", "balance")
        .uses(Tools.NOTE_DETAILS, "callerName", "Ben Cho", "address", "122 Maple Court unit 1B")
        .uses(Tools.CONFIRM, "answer", "yes");
    Harness.Call call = h.call("+12175550102");

    assertThat(call.say("What's my balance?")).containsIgnoringCase("full name");
    assertThat(call.say("Ben Cho, 122 Maple Court 1B")).contains("120 Maple Court").doesNotContain("125.50");
    assertThat(call.say("Yes")).contains("$125.50");
  }

  @Test
  void right_name_and_unit_from_an_unknown_number_needs_a_detail_on_file() {
    h.model.uses(Tools.VERIFY_IDENTITY, "fullName", "Ben Cho", "address", "120 Maple Court unit 1B")
        .uses(Tools.VERIFY_IDENTITY, "fullName", "Ben Cho", "detail", "ben.cho@example.com")
        .uses(Tools.GET_ACCOUNT, "topic", "balance");
    Harness.Call call = h.call("+13125550188");

    assertThat(call.say("I'm Ben Cho at 120 Maple Court 1B")).containsIgnoringCase("email");
    call.say("It's ben.cho@example.com");
    assertThat(call.say("What's my balance?")).contains("$125.50");
  }

  @Test
  void three_failed_verifications_lock_and_offer_a_transfer_without_hinting() {
    h.model.uses(Tools.VERIFY_IDENTITY, "fullName", "Ben Smith", "address", "120 Maple Court unit 1B")
        .uses(Tools.VERIFY_IDENTITY, "fullName", "Benny Cho")
        .uses(Tools.VERIFY_IDENTITY, "fullName", "B Cho")
        .uses(Tools.VERIFY_IDENTITY, "fullName", "Ben Cho");
    Harness.Call call = h.call("+13125550188");

    assertThat(call.say("I'm Ben Smith, 120 Maple Court 1B")).containsAnyOf("wasn't able", "couldn't match")
        .doesNotContainIgnoringCase("name is wrong");
    call.say("Benny Cho");
    assertThat(call.say("B Cho")).containsIgnoringCase("connect you with the office");
    assertThat(call.say("Ben Cho")).containsIgnoringCase("not able to verify");
  }

  @Test
  void complaint_is_read_back_without_the_neighbours_name_and_logged_only_after_yes() {
    h.model.uses(Tools.RECORD_COMPLAINT, "summary",
            "My upstairs neighbor Carla Diaz in 2B plays loud music every night after midnight")
        .uses(Tools.CONFIRM, "answer", "yes")
        .uses(Tools.CONFIRM, "answer", "no");
    Harness.Call call = h.call("+12175550101");

    String readBack = call.say("I want to complain about my upstairs neighbor Carla Diaz in 2B. They play loud "
        + "music every night after midnight.");
    assertThat(readBack).contains("your upstairs neighbor").contains("loud music").containsAnyOf("right?", "correct?")
        .doesNotContain("Carla").doesNotContain("Diaz");
    assertThat(h.outbox.forCall(call.session().id())).isEmpty();
    assertThat(call.say("Yes, that's correct.")).containsIgnoringCase("logged");
    call.say("No, that's all.");

    assertThat(call.session().ended()).isTrue();
    CallRecord record = h.callLog.find(call.session().id()).orElseThrow();
    assertThat(record.outcome()).contains(Outcome.COMPLAINT);
    assertThat(call.output().all()).doesNotContain("Carla").doesNotContain("Diaz");
  }

  @Test
  void complaint_corrected_after_no_is_read_back_again() {
    h.model.uses(Tools.RECORD_COMPLAINT, "summary", "the dog next door barks all day")
        .uses(Tools.CONFIRM, "answer", "no", "correction", "the dog next door barks all night");
    Harness.Call call = h.call("+12175550101");

    call.say("The dog next door barks all day");
    String again = call.say("No, all night");

    assertThat(again).contains("barks all night").containsAnyOf("right?", "correct?");
    assertThat(h.callLog.find(call.session().id()).orElseThrow().actions())
        .noneMatch(a -> a.kind().equals("complaint_logged"));
  }

  @Test
  void prospect_hears_the_vacant_two_bedroom_its_rent_and_the_pet_policy_then_leaves_a_lead() {
    h.model.uses(Tools.LIST_AVAILABILITY, "bedrooms", "2")
        .uses(Tools.ANSWER_QUESTION, "question", "How much is the rent on that one?")
        .uses(Tools.ANSWER_QUESTION, "question", "Do you allow dogs?")
        .uses(Tools.CAPTURE_LEAD, "name", "Sam Lee", "phone", "630 555 0150", "interest", "tour");
    Harness.Call call = h.call("+16305550150");

    assertThat(call.say("Hi! Do you have any two bedroom apartments available?")).contains("2A")
        .doesNotContainIgnoringCase("verify");
    assertThat(call.say("How much is the rent on that one?")).contains("$1,250");
    assertThat(call.say("Do you allow dogs?")).containsIgnoringCase("dogs");
    assertThat(call.say("I'd like to schedule a tour. My name is Sam Lee, my number is 630 555 0150."))
        .contains("Sam").contains("(630) 555-0150");

    assertThat(h.outbox.forCall(call.session().id())).anySatisfy(e ->
        assertThat(e.message().effect().toString()).contains("ProspectLead").contains("U201"));
    assertThat(h.serviceDesk.recent(10)).isEmpty();
  }
}
