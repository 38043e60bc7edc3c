package app.chris.core.offline;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Accents and emoji from speech-to-text or phone keyboards do not hide the words. */
class NormalizerFoldTest {

  @Test
  void accentsFold_andEmojiBecomeSpaces() {
    assertThat(Normalizer.normalize("Sorry 😅 my bathroom sínk is léaking 💧"))
        .isEqualTo("sorry my bathroom sink is leaking");
  }

  @Test
  void backtickApostrophe_stillExpandsContractions() {
    assertThat(Normalizer.normalize("it doesn`t drain")).isEqualTo("it does not drain");
  }
}
