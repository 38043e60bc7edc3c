package app.chris.core.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ComplaintReadBackTest {
  private static final List<String> NAMES = List.of("Carla Diaz", "Carla", "Diaz");

  @Test
  void names_on_file_never_reach_the_read_back() {
    String summary = ComplaintReadBack.summary(
        "I want to complain about my neighbor Carla Diaz, Carla's dog barks all night", NAMES);
    assertThat(summary).isEqualTo("your neighbor, your neighbour's dog barks all night");
  }

  @Test
  void the_callers_words_are_turned_to_chris_point_of_view() {
    String summary = ComplaintReadBack.summary("I can't sleep because my upstairs neighbor plays music.", NAMES);
    assertThat(ComplaintReadBack.question(summary, 0))
        .isEqualTo("Let me make sure I have this right: you can't sleep because your upstairs neighbor plays "
            + "music. Did I get that right?");
  }
}
