package app.chris.core.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** A fact answers only a question whose topic it names: "deposit back" is not the pet deposit rule. */
class KnowledgeRelevanceTest {
  private static final String PETS = "Pets: up to two cats or dogs per home, with a $300 pet deposit and $25 monthly "
      + "pet rent. No aggressive breeds.";
  private static final String RENT_DUE = "Rent is due on the 1st of the month. A $50 late fee applies after the 5th.";
  private static final String POOL = "At Maple Court Apartments, the pool is open 10am to 8pm from Memorial Day to "
      + "Labor Day.";
  private static final Set<String> MAPLE_COURT = WordOverlap.words("Maple Court Apartments");

  private static boolean answers(String question, String fact) {
    return KnowledgeRelevance.answers(KnowledgeRelevance.topic(WordOverlap.words(question), MAPLE_COURT),
        WordOverlap.words(fact));
  }

  @Test
  void givenOnlyAGenericWordShared_answers_isFalse() {
    assertThat(answers("How do I get my deposit back?", PETS)).isFalse();
    assertThat(answers("I'm moving out, what do I need to do?", RENT_DUE)).isFalse();
    assertThat(answers("I'm moving out next month, what do I need to do?", RENT_DUE)).isFalse();
    assertThat(answers("Is there a fee to move out?", RENT_DUE)).isFalse();
    assertThat(answers("I am moving out, what do I need to do?", "The office is open from 9:00 AM.")).isFalse();
  }

  @Test
  void givenOnlyThePlaceShared_answers_isFalse() {
    assertThat(answers("How do I get my deposit back at Maple Court?", POOL)).isFalse();
  }

  @Test
  void givenTheFactsTopicAsked_answers_isTrue() {
    assertThat(answers("How much is the pet deposit?", PETS)).isTrue();
    assertThat(answers("Can I have a dog?", PETS)).isTrue();
    assertThat(answers("When is rent due?", RENT_DUE)).isTrue();
    assertThat(answers("What's the late fee?", RENT_DUE)).isTrue();
    assertThat(answers("When does the pool open at Maple Court?", POOL)).isTrue();
  }
}
