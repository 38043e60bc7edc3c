package app.chris.testkit.conversation;

import static app.chris.testkit.conversation.ScenarioFlowsTest.call;
import static org.assertj.core.api.Assertions.assertThat;

import app.chris.core.dialogue.Tools;
import app.chris.core.port.CallRecord;
import app.chris.core.port.Effect;
import app.chris.core.port.Intent;
import app.chris.core.port.Notice;
import app.chris.core.port.Outcome;
import app.chris.core.port.Priority;
import app.chris.core.port.Speaker;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The record of a call: visible while active, summarised at the end with transcript email and call note. */
class CallRecordTest {
  private final Harness h = new Harness();

  private List<Effect> effects(Harness.Call call) {
    return h.outbox.forCall(call.session().id()).stream().map(e -> e.message().effect()).toList();
  }

  @Test
  void an_active_call_is_recorded_from_the_greeting_and_after_each_turn() {
    h.model.says("Happy to help.");
    Harness.Call call = h.call("+13125550188");

    CallRecord atStart = h.callLog.find(call.session().id()).orElseThrow();
    assertThat(atStart.ended()).isFalse();
    assertThat(atStart.transcript()).isNotEmpty().allMatch(l -> l.speaker() == Speaker.ASSISTANT);
    call.say("hi");
    assertThat(h.callLog.find(call.session().id()).orElseThrow().transcript())
        .anyMatch(l -> l.speaker() == Speaker.CALLER && l.text().equals("hi"));
  }

  @Test
  void hang_up_saves_summary_outcome_and_the_transcript_email_with_the_call_note() {
    h.model.usesAll(call(Tools.NOTE_DETAILS, "address", "120 Maple Court unit 1A"),
            call(Tools.CREATE_SERVICE_REQUEST, "category", "plumbing", "description", "the toilet runs",
                "priority", "low", "permissionToEnter", "yes"))
        .uses(Tools.CONFIRM, "answer", "yes");
    Harness.Call call = h.call("+12175550101");
    call.say("The toilet runs at 120 Maple Court 1A");
    call.say("yes");

    CallRecord record = call.session().hangUp();

    assertThat(record.ended()).isTrue();
    assertThat(record.outcome()).contains(Outcome.SERVICE_REQUEST);
    assertThat(record.intents()).contains(Intent.MAINTENANCE);
    assertThat(record.summary()).contains("service_request").contains("Verified: no");
    assertThat(effects(call)).anySatisfy(e -> assertThat(e).isInstanceOfSatisfying(Effect.Email.class,
        m -> assertThat(m.notice()).isInstanceOfSatisfying(Notice.CallTranscript.class,
            t -> assertThat(t.requests()).hasSize(1))));
    assertThat(effects(call)).anyMatch(e -> e instanceof Effect.CallNote);
    assertThat(call.session().hangUp()).isEqualTo(record);
  }

  @Test
  void a_model_filing_the_same_request_twice_gets_one_request() {
    h.model.usesAll(call(Tools.NOTE_DETAILS, "address", "120 Maple Court unit 1A"),
            call(Tools.CREATE_SERVICE_REQUEST, "category", "plumbing", "description", "the toilet runs",
                "priority", "low", "permissionToEnter", "yes"))
        .uses(Tools.CONFIRM, "answer", "yes")
        .uses(Tools.CREATE_SERVICE_REQUEST, "category", "plumbing", "description", "the toilet runs",
            "priority", "low");
    Harness.Call call = h.call("+12175550101");
    call.say("The toilet runs at 120 Maple Court 1A");
    call.say("yes");

    assertThat(call.say("So you'll fix the toilet?")).contains("already in");
    assertThat(h.serviceDesk.recent(5)).hasSize(1);
  }

  @Test
  void an_emergency_without_an_address_is_still_filed_flagged_when_the_caller_hangs_up() {
    h.model.uses(Tools.REPORT_EMERGENCY, "kind", "flood", "description", "water pouring through the ceiling");
    Harness.Call call = h.call(null);
    call.say("Water is pouring through my ceiling!");

    call.session().hangUp();

    assertThat(h.serviceDesk.recent(5)).singleElement().satisfies(r -> {
      assertThat(r.priority()).isEqualTo(Priority.EMERGENCY);
      assertThat(r.addressVerified()).isFalse();
    });
  }

  @Test
  void transfer_to_staff_connects_to_the_office_and_ends_the_text_call() {
    h.model.uses(Tools.TRANSFER_TO_STAFF, "reason", "caller asked for a person");
    Harness.Call call = h.call("+13125550188");

    String said = call.say("Can I talk to a real person?");

    assertThat(said).containsAnyOf("connect you", "transfer you");
    assertThat(call.output().transferredTo()).hasValueSatisfying(p -> assertThat(p.e164()).isEqualTo("+12175550100"));
    assertThat(call.session().ended()).isTrue();
    assertThat(h.callLog.find(call.session().id()).orElseThrow().outcome()).contains(Outcome.TRANSFER);
  }

  @Test
  void end_call_says_a_warm_goodbye_and_hangs_up() {
    h.model.uses(Tools.END_CALL, "reason", "done");
    Harness.Call call = h.call("+12175550101");

    assertThat(call.say("That's all, bye")).containsAnyOf("Take care", "Goodbye", "great day");
    assertThat(call.output().hungUp()).isTrue();
  }
}
