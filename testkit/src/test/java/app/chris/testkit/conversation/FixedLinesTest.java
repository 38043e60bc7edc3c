package app.chris.testkit.conversation;

import static app.chris.testkit.conversation.ScenarioFlowsTest.call;
import static org.assertj.core.api.Assertions.assertThat;

import app.chris.core.call.FixedLines;
import app.chris.core.dialogue.Tools;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The fixed lines the voice pre-synthesises are exactly the sentences Chris says, so cached audio gets used. */
class FixedLinesTest {
  private final Harness h = new Harness();
  private final List<String> fixed = FixedLines.forCompany(h.portfolio.company());

  @Test
  void every_greeting_an_unknown_caller_hears_at_any_hour_is_a_fixed_line_sentence_for_sentence() {
    Set<String> heard = new HashSet<>();
    for (int i = 0; i < 200; i++) {
      h.clock.advance(Duration.ofMinutes(37));
      Harness.Call call = h.call("+13125550188");
      heard.addAll(call.output().said());
      call.session().hangUp();
    }

    assertThat(heard).hasSizeGreaterThan(20);
    assertThat(fixed).containsAll(heard);
  }

  @Test
  void the_standard_replies_of_a_maintenance_request_are_fixed_lines() {
    h.model.usesAll(
            call(Tools.NOTE_DETAILS, "callerName", "Ana Ruiz", "address", "120 Maple Court, apartment 1A"),
            call(Tools.CREATE_SERVICE_REQUEST, "category", "plumbing", "description",
                "My kitchen faucet keeps dripping", "priority", "normal"))
        .uses(Tools.CONFIRM, "answer", "yes")
        .uses(Tools.CONFIRM, "answer", "yes");
    Harness.Call call = h.call("+12175550101");
    call.say("Hi, this is Ana Ruiz at 120 Maple Court, apartment 1A. My kitchen faucet keeps dripping.");
    List<String> readBack = call.output().said();
    call.say("Yes, that's right.");
    call.say("Yes, you can go in if I'm not home.");

    List<String> said = call.output().said();
    assertThat(readBack.get(readBack.size() - 1)).isIn(fixed); // "Is that right?" and its variants
    assertThat(said).filteredOn(fixed::contains).hasSizeGreaterThanOrEqualTo(4); // + permission, filed, anything else
    assertThat(said.get(said.size() - 1)).endsWith("?").isIn(fixed);
  }

  @Test
  void the_lines_for_a_broken_voice_are_fixed_lines_and_there_are_no_repeats() {
    assertThat(fixed).contains("I'm sorry, I'm having trouble with my line.", "Thank you, I've passed that on, "
        + "and someone from the office will call you back soon.", "One moment, please.");
    assertThat(new HashSet<>(fixed)).hasSameSizeAs(fixed);
  }

  @Test
  void the_urgent_lines_are_every_greeting_a_caller_hears_now_and_the_apologies() {
    Set<String> heard = new HashSet<>();
    for (int i = 0; i < 60; i++) {
      Harness.Call call = h.call("+13125550188");
      heard.addAll(call.output().said());
      call.session().hangUp();
    }
    List<String> urgent = FixedLines.urgent(h.portfolio.company(), h.clock.instant());

    assertThat(urgent).containsAll(heard).contains("I'm sorry, I'm having trouble with my line.",
        "Let me put you through to someone at the office.", "I'm sorry, I'm having some trouble on my end.");
    assertThat(fixed).containsAll(urgent).hasSizeGreaterThan(urgent.size());
    assertThat(urgent).doesNotContain("One moment, please.")
        .as("the keypad flow's lines: Twilio plays them from the cache when the model vendor is down")
        .contains("Sorry, my line is breaking up.", "Are you still there?");
  }
}
