package app.chris.testkit.offline;

import static org.assertj.core.api.Assertions.assertThat;

import app.chris.core.call.CallEvent;
import app.chris.core.port.Priority;
import org.junit.jupiter.api.Test;

/** The scenarios' flows again, said in other words (typos, spoken numbers, corrections), plus other moves. */
class ConversationVariantsTest {
  private final OfflineCalls h = new OfflineCalls();

  @Test
  void leak_in_casual_words_with_typos_is_filed_on_the_callers_unit() {
    OfflineCalls.Call c = h.call("+12175550101");
    c.say("hey it's ana ruiz, 120 maple ct apt 1a. the bathroom sink is cloged");
    c.say("yep");
    c.say("sure, feel free to let yourself in");
    String bye = c.say("nope that's it, thanks");
    assertThat(h.serviceDesk.recent(10)).as(c.all()).singleElement().satisfies(r -> {
      assertThat(r.unitId()).contains("U101");
      assertThat(r.category()).containsIgnoringCase("plumb");
      assertThat(r.description()).containsIgnoringCase("sink");
      assertThat(r.permissionToEnter()).isTrue();
    });
    assertThat(bye).as(c.all()).containsPattern("(?i)bye|take care|great day");
    assertThat(c.session().ended()).isTrue();
  }

  @Test
  void spoken_near_miss_address_and_a_refused_entry_are_respected() {
    OfflineCalls.Call c = h.call("+12175550102");
    String proposal = c.say("Ben Cho here, one twenty two Maple Court unit one B, my heat stopped working");
    c.say("yeah that's the one");
    c.say("correct");
    c.say("no, please call me first");
    c.say("that's everything");
    assertThat(proposal).as(c.all()).contains("120 Maple Court").doesNotContain("1200");
    assertThat(h.serviceDesk.recent(10)).as(c.all()).singleElement().satisfies(r -> {
      assertThat(r.unitId()).contains("U102");
      assertThat(r.permissionToEnter()).isFalse();
    });
  }

  @Test
  void gas_said_differently_still_gets_safety_first_and_an_emergency_request() {
    OfflineCalls.Call c = h.call("+13125550177");
    String first = c.say("there's a real strong smell of gas in the kitchen, what do I do");
    c.say("21 Oak St");
    c.say("Hana Ito");
    assertThat(first).as(c.all()).containsPattern("(?i)leave|get out").contains("911");
    assertThat(h.serviceDesk.recent(10)).as(c.all()).singleElement().satisfies(r -> {
      assertThat(r.unitId()).contains("U302");
      assertThat(r.priority()).isEqualTo(Priority.EMERGENCY);
    });
  }

  @Test
  void complaint_corrected_after_the_read_back_is_read_back_again_then_logged() {
    OfflineCalls.Call c = h.call("+12175550101");
    c.say("I'd like to file a complaint, the dog next door barks all day long");
    String again = c.say("No, it barks all night, not all day");
    String logged = c.say("yes exactly");
    assertThat(again).as(c.all()).contains("all night").containsPattern("(?i)right|correct");
    assertThat(logged).as(c.all()).containsIgnoringCase("logged");
  }

  @Test
  void prospect_asking_for_a_tour_first_is_asked_for_name_then_leaves_a_lead() {
    OfflineCalls.Call c = h.call("+16305550150");
    String units = c.say("any 2 bed units for rent?");
    String ask = c.say("can I come see it this weekend?");
    c.say("Sam Lee, 630 555 0150");
    assertThat(units).as(c.all()).contains("2A").contains("1,250");
    assertThat(ask).as(c.all()).containsIgnoringCase("name");
    assertThat(h.outbox.forCall(c.session().id())).as(c.all())
        .anySatisfy(e -> assertThat(e.message().effect().toString()).contains("ProspectLead"));
  }

  @Test
  void tenant_from_an_unknown_number_verifies_with_the_email_on_file_then_hears_the_balance() {
    OfflineCalls.Call c = h.call("+13125550188");
    String ask = c.say("I'm Ben Cho at 120 Maple Court 1B, what's my balance?");
    String balance = c.say("it's ben.cho@example.com");
    assertThat(ask).as(c.all()).containsIgnoringCase("email");
    assertThat(balance).as(c.all()).contains("$125.50");
  }

  @Test
  void caller_asking_for_a_person_is_transferred() {
    OfflineCalls.Call c = h.call("+12175550101");
    c.say("can I just talk to a real person please");
    assertThat(c.output().events()).as(c.all()).anyMatch(e -> e instanceof CallEvent.Transferred);
  }

  @Test
  void say_that_again_repeats_the_last_answer() {
    OfflineCalls.Call c = h.call("+12175550101");
    String answer = c.say("when is trash pickup?");
    String repeat = c.say("sorry, can you say that again?");
    assertThat(answer).as(c.all()).containsIgnoringCase("tuesday");
    assertThat(repeat).as(c.all()).containsIgnoringCase("tuesday");
  }

  @Test
  void rudeness_gets_a_calm_answer_and_the_next_request_is_handled() {
    OfflineCalls.Call c = h.call("+12175550101");
    String calm = c.say("you are a useless robot");
    String answer = c.say("fine. do you allow cats?");
    assertThat(calm).as(c.all()).containsPattern("(?i)sorry|help");
    assertThat(answer).as(c.all()).containsIgnoringCase("cats");
  }

  @Test
  void emergency_while_chris_waits_for_an_answer_is_handled_first() {
    OfflineCalls.Call c = h.call("+12175550101");
    c.say("what are the quiet hours?");
    String urgent = c.say("oh wait, water is pouring out of my ceiling right now!");
    c.say("120 Maple Court, apartment 1A");
    assertThat(urgent).as(c.all()).containsPattern("(?i)water|shut|valve|leave|safe");
    assertThat(h.serviceDesk.recent(10)).as(c.all()).singleElement()
        .satisfies(r -> assertThat(r.priority()).isEqualTo(Priority.EMERGENCY));
  }
}
