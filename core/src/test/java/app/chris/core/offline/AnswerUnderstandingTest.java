package app.chris.core.offline;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Yes/no answers, "that's all", permission to enter and corrections. */
class AnswerUnderstandingTest {
  private static final LanguageUnderstanding NLU = LanguageUnderstanding.load();

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Yes, that's right.                       | YES  | false
      Oh yes, sorry, 120.                      | YES  | false
      yep                                      | YES  | false
      that's correct                           | YES  | false
      uh huh, go ahead                         | YES  | false
      whatever works                           | YES  | false
      Great, that's all.                       | YES  | true
      No, that's all.                          | NO   | true
      No, that's everything, thank you!        | NO   | true
      nope                                     | NO   | false
      not really                               | NO   | false
      That's all, thanks.                      | NONE | true
      I'm all set, bye                         | NONE | true
      my sink is clogged                       | NONE | false
      """)
  void givenAnAnswer_understand_readsPolarityAndDone(String line, Answer.YesNo yesNo, boolean done) {
    Answer answer = NLU.understand(line).answer();
    assertThat(answer.yesNo()).isEqualTo(yesNo);
    assertThat(answer.done()).isEqualTo(done);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Yes, you can go in if I'm not home.         | true
      Sure, you can enter.                        | true
      feel free to let yourself in                | true
      it's fine for you to go in                  | true
      no, please don't go in unless I'm there     | false
      only when I'm home please                   | false
      I'd rather be home, call me first           | false
      """)
  void givenPermissionToEnter_understand_readsIt(String line, boolean permission) {
    assertThat(NLU.understand(line).answer().permission()).contains(permission);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      No, it's 1A.                   | 1A
      no actually it's Oak Street    | Oak Street
      nope, I said 21                | 21
      """)
  void givenNoWithTheRightVersion_understand_readsTheCorrection(String line, String correction) {
    Answer answer = NLU.understand(line).answer();
    assertThat(answer.yesNo()).isEqualTo(Answer.YesNo.NO);
    assertThat(answer.correction()).contains(correction);
  }
}
