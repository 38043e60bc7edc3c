package app.chris.core.speech;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RepetitionGuardTest {
  private final RepetitionGuard guard = new RepetitionGuard();

  @Test
  void the_same_sentence_in_a_later_reply_is_paraphrased_never_repeated() {
    Set<String> said = new HashSet<>();
    for (int reply = 0; reply < 8; reply++) {
      guard.newReply();
      guard.check("Is there anything else I can help with?", false).ifPresent(s -> assertThat(said.add(s)).isTrue());
    }
    assertThat(said).hasSizeGreaterThan(3).contains("Is there anything else I can help with?");
  }

  @Test
  void a_repeat_the_caller_asked_for_is_said_as_is() {
    guard.check("The office opens at nine.", false);
    guard.newReply();
    assertThat(guard.check("The office opens at nine.", true)).contains("The office opens at nine.");
  }

  @Test
  void a_sentence_twice_in_one_reply_is_said_once() {
    assertThat(guard.check("Thanks.", false)).isPresent();
    assertThat(guard.check("Thanks!", false)).isEqualTo(Optional.empty());
  }

  @Test
  void a_repeated_passage_is_introduced_once_not_sentence_by_sentence() {
    guard.check("Rent is due on the 1st of the month.", false);
    guard.check("A $50 late fee applies after the 5th.", false);
    guard.newReply();

    assertThat(guard.check("Rent is due on the 1st of the month.", false))
        .contains("As I mentioned, rent is due on the 1st of the month.");
    assertThat(guard.check("A $50 late fee applies after the 5th.", false))
        .contains("A $50 late fee applies after the 5th.");
  }

  @Test
  void a_repeated_acknowledgement_becomes_a_different_one_not_as_i_mentioned_okay() {
    guard.check("Okay.", false);
    guard.newReply();

    Optional<String> second = guard.check("Okay.", false);

    assertThat(second).isPresent();
    assertThat(second.get()).isNotEqualTo("Okay.").doesNotContain("mentioned").endsWith(".");
  }

  @Test
  void a_repeated_apology_or_hello_is_dropped_not_introduced_with_as_i_mentioned() {
    guard.check("I'm sorry to hear that.", false);
    guard.check("Hello!", false);
    guard.newReply();

    assertThat(guard.check("I'm sorry to hear that.", false)).isEmpty();
    assertThat(guard.check("Hello!", false)).isEmpty();
  }

  @Test
  void a_repeated_statement_loses_its_yes_before_the_lead() {
    guard.check("Yes, we have 2 available.", false);
    guard.newReply();

    assertThat(guard.check("Yes, we have 2 available.", false)).contains("As I mentioned, we have 2 available.");
  }

  @Test
  void a_repeated_question_starting_with_and_gets_one_lead_not_two() {
    guard.check("And may our maintenance team enter if nobody's home?", false);
    guard.newReply();

    assertThat(guard.check("And may our maintenance team enter if nobody's home?", false))
        .contains("So, may our maintenance team enter if nobody's home?");
  }
}
