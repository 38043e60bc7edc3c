package app.chris.core.address;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AddressNormalizerTest {
  @ParameterizedTest(name = "\"{0}\" -> \"{1}\"")
  @CsvSource(delimiter = '|', value = {
      "120 Maple Court                     | 120 maple ct",
      "One Twenty Maple Ct.                | 120 maple ct",
      "I live at 120 MAPLE CRT, Apt. 1-B   | i live at 120 maple ct, unit 1 b",
      "um, it's 5 Fifth Avenue #2A         | its 5 5th ave unit 2a",
      "1,200 North Main Street, suite 4    | 1200 n main st, unit 4",
      "number 4 at Elm Boulevard           | unit 4 at elm blvd",
      "my number is six three zero         | my number is 630",
      "Lakeview Pkwy / Birch Terr          | lakeview pkwy birch ter",
  })
  void givenCallerWording_normalize_givesCanonicalTokens(String said, String normalized) {
    assertThat(AddressBook.normalize(said)).isEqualTo(normalized);
  }
}
