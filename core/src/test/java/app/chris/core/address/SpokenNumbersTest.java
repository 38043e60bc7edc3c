package app.chris.core.address;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SpokenNumbersTest {
  @ParameterizedTest(name = "\"{0}\" is {1}")
  @CsvSource({
      "one twenty, 120",
      "one two zero, 120",
      "twelve hundred, 1200",
      "one thousand two hundred, 1200",
      "twenty-one, 21",
      "a hundred and twelve, 112",
      "one hundred twenty one, 121",
      "twelve oh five, 1205",
      "one oh five, 105",
      "nineteen twenty, 1920",
      "two thousand and five, 2005",
      "twenty one hundred, 2100",
      "four, 4",
      "fifth, 5th",
      "twenty first, 21st",
      "twelfth, 12th",
  })
  void givenSpokenNumber_digitize_givesDigits(String spoken, String digits) {
    assertThat(SpokenNumbers.digitize(spoken)).isEqualTo(digits);
  }

  @Test
  void givenNumbersInASentence_digitize_replacesOnlyTheNumbers() {
    assertThat(SpokenNumbers.digitize("I'm at one twenty Maple, apartment two a"))
        .isEqualTo("i'm at 120 maple, apartment 2 a");
  }

  @Test
  void givenArticleNotBeforeHundred_digitize_keepsTheWord() {
    assertThat(SpokenNumbers.digitize("a leak at one b")).isEqualTo("a leak at 1 b");
  }

  @Test
  void givenTwoNumbersWithHundreds_digitize_keepsThemApart() {
    assertThat(SpokenNumbers.digitize("two twelve hundred")).isEqualTo("2 1200");
  }
}
