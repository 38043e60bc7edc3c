package app.chris.core.call;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BackchannelsTest {
  @ParameterizedTest
  @ValueSource(strings = {"Mm-hmm.", "mhm", "Okay.", "okay okay", "Right.", "Yeah.", "Uh-huh", "Yeah, go on.",
      "Got it.", "I see", "Sure", "Alright."})
  void listening_noises_and_acknowledgements_are_backchannels(String said) {
    assertThat(Backchannels.is(said)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"No.", "Wait.", "Stop", "Okay, but my unit is 4B.", "What?", "Sorry, I meant the gym.",
      "", "  ", "yeah yeah yeah okay right"})
  void anything_with_content_is_a_real_turn(String said) {
    assertThat(Backchannels.is(said)).isFalse();
  }
}
