package app.chris.testkit.offline;

import static org.assertj.core.api.Assertions.assertThat;

import app.chris.core.port.Priority;
import app.chris.core.port.ServiceRequest;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The shared scenarios (/work/shared/scenarios) with the offline engine as Chris's only brain: each caller line
 * as written, the replies and records each scenario expects.
 */
class SharedScenariosTest {
  private final OfflineCalls h = new OfflineCalls();
  private final StringBuilder transcripts = new StringBuilder();

  @AfterEach
  void printTranscripts() {
    System.out.println(transcripts);
  }

  private OfflineCalls.Call call(String from) {
    OfflineCalls.Call call = h.call(from);
    return call;
  }

  private void keep(OfflineCalls.Call call) {
    transcripts.append(call.all()).append("\n---\n");
  }

  @Test
  void routine_leak_known_caller() {
    OfflineCalls.Call c = call("+12175550101");
    String first = c.say("Hi, this is Ana Ruiz at 120 Maple Court, apartment 1A. My kitchen faucet keeps dripping.");
    c.say("Yes, that's right.");
    c.say("Yes, you can go in if I'm not home.");
    c.say("No, that's everything, thank you!");
    keep(c);
    assertThat(first).doesNotContain("911");
    assertThat(c.all()).containsIgnoringCase("thank");
    List<ServiceRequest> filed = h.serviceDesk.recent(10);
    assertThat(filed).as(c.all()).singleElement().satisfies(r -> {
      assertThat(r.unitId()).contains("U101");
      assertThat(r.priority()).isIn(Priority.NORMAL, Priority.LOW);
      assertThat(r.description()).containsIgnoringCase("faucet");
      assertThat(r.addressVerified()).isTrue();
    });
    assertThat(c.session().ended()).as(c.all()).isTrue();
  }

  @Test
  void address_near_miss() {
    OfflineCalls.Call c = call("+12175550102");
    String first = c.say("Hi, this is Ben Cho. I'm at 122 Maple Court, unit 1B, and the heater isn't working.");
    c.say("Oh yes, sorry, 120.");
    c.say("Yes, that's right.");
    c.say("Sure, you can enter.");
    c.say("That's all, thanks.");
    keep(c);
    assertThat(first).as(c.all()).containsIgnoringCase("120 Maple").doesNotContain("1200")
        .doesNotContainIgnoringCase("twelve hundred");
    assertThat(h.serviceDesk.recent(10)).as(c.all()).singleElement().satisfies(r -> {
      assertThat(r.unitId()).contains("U102");
      assertThat(r.priority()).isIn(Priority.URGENT, Priority.EMERGENCY, Priority.NORMAL);
      assertThat(r.description()).containsIgnoringCase("heat");
      assertThat(r.addressVerified()).isTrue();
    });
  }

  @Test
  void admin_teaches_fact_and_a_tenant_hears_it() {
    OfflineCalls.Call admin = call("+12175550111");
    admin.say("Hi Chris, this is Pat. Admin PIN 2468.");
    admin.say("Please learn this: the fitness room at Maple Court is closed for repairs until December 15th.");
    admin.say("Yes, that's right.");
    admin.say("That's all, bye.");
    admin.session().hangUp();
    keep(admin);
    OfflineCalls.Call tenant = call("+12175550101");
    String answer = tenant.say("Hi, is the fitness room open today?");
    tenant.session().hangUp();
    keep(tenant);
    assertThat(answer).as(admin.all() + tenant.all()).containsIgnoringCase("closed").containsIgnoringCase("december");
    assertThat(h.knowledge.active()).as(admin.all()).hasSize(1);
  }

  @Test
  void balance_needs_verification() {
    OfflineCalls.Call c = call("+13125550188");
    String first = c.say("How much do I owe on unit 1B at Maple Court?");
    String second = c.say("My name is Tom Baker.");
    c.say("Just tell me the balance please.");
    c.session().hangUp();
    keep(c);
    assertThat(first).as(c.all()).containsPattern("(?i)name|verify|confirm");
    assertThat(second).as(c.all()).doesNotContainPattern("(?i)\\bBen\\b|Cho");
    assertThat(c.output().all()).as(c.all()).doesNotContain("125.50").doesNotContainPattern("(?i)125 dollars")
        .doesNotContainPattern("(?i)hundred (and )?twenty.five").doesNotContainPattern("(?i)\\bBen\\b|\\bCho\\b");
    assertThat(h.serviceDesk.recent(10)).isEmpty();
  }

  @Test
  void balance_verified_tenant() {
    OfflineCalls.Call c = call("+12175550102");
    c.say("Hi, it's Ben Cho in unit 1B at 120 Maple Court. What's my current balance?");
    c.say("Yes.");
    c.say("Great, that's all.");
    keep(c);
    assertThat(c.output().all()).as(c.all()).contains("125.50");
    assertThat(h.serviceDesk.recent(10)).isEmpty();
  }

  @Test
  void gas_smell_emergency() {
    OfflineCalls.Call c = call("+13125550177");
    String first = c.say("I smell gas in my hallway, it's really strong!");
    c.say("It's 21 Oak Street. I'm outside now.");
    c.say("My name is Hana Ito.");
    c.say("Okay, thank you.");
    keep(c);
    assertThat(first).as(c.all()).containsPattern("(?i)leave|get out|outside|evacuat")
        .containsPattern("(?i)911|gas company|utility").doesNotContainPattern("(?i)date of birth|verify your identity");
    assertThat(h.serviceDesk.recent(10)).as(c.all()).singleElement().satisfies(r -> {
      assertThat(r.unitId()).contains("U302");
      assertThat(r.priority()).isEqualTo(Priority.EMERGENCY);
      assertThat(r.description()).containsIgnoringCase("gas");
    });
  }

  @Test
  void noise_complaint_readback() {
    OfflineCalls.Call c = call("+12175550101");
    String first = c.say("I want to complain about my upstairs neighbor in 2B. They play loud music every night "
        + "after midnight.");
    c.say("Yes, that's correct.");
    c.say("No, that's all.");
    keep(c);
    assertThat(first).as(c.all()).containsPattern("(?i)music|noise").containsPattern("(?i)right|correct|is that|did I get");
    assertThat(c.output().all()).doesNotContainPattern("(?i)carla|diaz");
    assertThat(c.session().ended()).as(c.all()).isTrue();
  }

  @Test
  void prospect_availability() {
    OfflineCalls.Call c = call("+16305550150");
    String first = c.say("Hi! Do you have any two bedroom apartments available?");
    String rent = c.say("How much is the rent on that one?");
    String dogs = c.say("Do you allow dogs?");
    c.say("Great, I'd like to schedule a tour. My name is Sam Lee, my number is 630 555 0150.");
    c.session().hangUp();
    keep(c);
    assertThat(first).as(c.all()).containsPattern("(?i)2A|two.bedroom|2.bedroom").doesNotContainPattern("(?i)date of birth|verify");
    assertThat(rent).as(c.all()).containsPattern("(?i)1,?250|twelve hundred fifty");
    assertThat(dogs).as(c.all()).containsPattern("(?i)pet|dog");
    assertThat(h.serviceDesk.recent(10)).isEmpty();
    assertThat(h.outbox.forCall(c.session().id())).as(c.all())
        .anySatisfy(e -> assertThat(e.message().effect().toString()).contains("ProspectLead"));
  }
}
