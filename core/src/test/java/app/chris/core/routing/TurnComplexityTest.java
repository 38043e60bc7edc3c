package app.chris.core.routing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TurnComplexityTest {
  @Test
  void everyday_turns_stay_on_the_fast_model() {
    assertThat(TurnComplexity.reason("my kitchen faucet keeps dripping", false)).isEmpty();
    assertThat(TurnComplexity.reason("yes that's right", false)).isEmpty();
  }

  @Test
  void hard_turns_say_why_they_need_the_strong_model() {
    assertThat(TurnComplexity.reason("can I sublet my apartment", false)).contains("lease or policy question");
    assertThat(TurnComplexity.reason("I was overcharged last month", false)).contains("dispute");
    assertThat(TurnComplexity.reason("the sink is leaking and there's mold", false))
        .contains("several issues in one turn");
    assertThat(TurnComplexity.reason("hello", true)).contains("after failed verification");
    assertThat(TurnComplexity.reason("word ".repeat(60), false)).contains("long utterance");
  }
}
