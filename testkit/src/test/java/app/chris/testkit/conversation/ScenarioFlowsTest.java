package app.chris.testkit.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import app.chris.core.dialogue.Tools;
import app.chris.core.port.CallRecord;
import app.chris.core.port.Outcome;
import app.chris.core.port.Priority;
import app.chris.core.port.ServiceRequest;
import org.junit.jupiter.api.Test;

/** The shared scenarios' flows, driven through the tools as a model would call them. */
class ScenarioFlowsTest {
  private final Harness h = new Harness();

  @Test
  void routine_leak_from_known_caller_is_read_back_then_filed_on_the_right_unit() {
    h.model.usesAll(
            call(Tools.NOTE_DETAILS, "callerName", "Ana Ruiz", "address", "120 Maple Court, apartment 1A"),
            call(Tools.CREATE_SERVICE_REQUEST, "category", "plumbing", "description",
                "My kitchen faucet keeps dripping", "priority", "normal"))
        .uses(Tools.CONFIRM, "answer", "yes")
        .uses(Tools.CONFIRM, "answer", "yes")
        .uses(Tools.CONFIRM, "answer", "no");
    Harness.Call call = h.call("+12175550101");

    String readBack = call.say("Hi, this is Ana Ruiz at 120 Maple Court, apartment 1A. My kitchen faucet keeps dripping.");
    assertThat(readBack).containsIgnoringCase("your kitchen faucet keeps dripping").contains("unit 1A")
        .containsAnyOf("right?", "correct?").doesNotContain("911");
    assertThat(h.serviceDesk.recent(10)).isEmpty();
    assertThat(call.say("Yes, that's right.")).containsIgnoringCase("maintenance");
    call.say("Yes, you can go in if I'm not home.");
    String bye = call.say("No, that's everything, thank you!");

    assertThat(bye).containsAnyOf("Take care", "Goodbye", "great day");
    assertThat(call.session().ended()).isTrue();
    ServiceRequest filed = h.serviceDesk.recent(10).get(0);
    assertThat(filed.unitId()).contains("U101");
    assertThat(filed.priority()).isEqualTo(Priority.NORMAL);
    assertThat(filed.addressVerified()).isTrue();
    assertThat(filed.permissionToEnter()).isTrue();
    CallRecord record = h.callLog.find(call.session().id()).orElseThrow();
    assertThat(record.outcome()).contains(Outcome.SERVICE_REQUEST);
    assertThat(record.endedAt()).isPresent();
  }

  @Test
  void near_miss_address_is_proposed_and_the_correction_files_on_the_right_unit() {
    h.model.usesAll(
            call(Tools.NOTE_DETAILS, "callerName", "Ben Cho", "address", "122 Maple Court, unit 1B"),
            call(Tools.CREATE_SERVICE_REQUEST, "category", "heating", "description", "the heater isn't working",
                "priority", "urgent"))
        .uses(Tools.NOTE_DETAILS, "address", "120")
        .uses(Tools.CONFIRM, "answer", "yes")
        .uses(Tools.CONFIRM, "answer", "yes")
        .uses(Tools.CONFIRM, "answer", "no");
    Harness.Call call = h.call("+12175550102");

    String proposal = call.say("Hi, this is Ben Cho. I'm at 122 Maple Court, unit 1B, and the heater isn't working.");
    assertThat(proposal).containsIgnoringCase("120 Maple").doesNotContain("1200");
    assertThat(call.say("Oh yes, sorry, 120.")).containsIgnoringCase("heater").containsIgnoringCase("1B");
    call.say("Yes, that's right.");
    call.say("Sure, you can enter.");
    call.say("That's all, thanks.");

    assertThat(h.serviceDesk.recent(10)).singleElement().satisfies(r -> {
      assertThat(r.unitId()).contains("U102");
      assertThat(r.addressVerified()).isTrue();
      assertThat(r.description()).containsIgnoringCase("heat");
    });
  }

  @Test
  void gas_smell_gets_safety_advice_first_then_an_emergency_request_once_the_address_is_known() {
    h.model.uses(Tools.REPORT_EMERGENCY, "kind", "gas", "description", "strong gas smell in the hallway")
        .uses(Tools.NOTE_DETAILS, "address", "21 Oak Street")
        .uses(Tools.NOTE_DETAILS, "callerName", "Hana Ito");
    Harness.Call call = h.call("+13125550177");

    String first = call.say("I smell gas in my hallway, it's really strong!");
    assertThat(first).containsIgnoringCase("leave").contains("911").containsIgnoringCase("gas utility")
        .doesNotContainIgnoringCase("verify");
    assertThat(first.indexOf("leave")).isLessThan(first.indexOf("address"));
    call.say("It's 21 Oak Street. I'm outside now.");
    call.say("My name is Hana Ito.");

    assertThat(h.serviceDesk.recent(10)).singleElement().satisfies(r -> {
      assertThat(r.unitId()).contains("U302");
      assertThat(r.priority()).isEqualTo(Priority.EMERGENCY);
      assertThat(r.description()).containsIgnoringCase("gas");
    });
    assertThat(h.outbox.forCall(call.session().id())).anySatisfy(e ->
        assertThat(e.message().effect().toString()).contains("UrgentAlert"));
  }

  static app.chris.core.port.ToolCall call(String tool, String... args) {
    java.util.Map<String, String> map = new java.util.LinkedHashMap<>();
    for (int i = 0; i < args.length; i += 2) {
      map.put(args[i], args[i + 1]);
    }
    return app.chris.core.port.ToolCall.of(tool + "-" + map.hashCode(), tool, map);
  }
}
