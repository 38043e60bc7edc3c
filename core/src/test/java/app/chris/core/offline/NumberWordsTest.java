package app.chris.core.offline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Spoken numbers as callers say them, and typo repair that leaves names alone. */
class NumberWordsTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      one twenty Maple Court                 | 120 Maple Court
      twelve hundred Maple Ct                | 1200 Maple Ct
      twenty one Oak Street                  | 21 Oak Street
      one hundred and twelve Oak             | 112 Oak
      six three oh five five five            | 630555
      double five                            | 55
      I'll take that one                     | I'll take that one
      oh yes, sorry, one twenty.             | oh yes, sorry, 120.
      """)
  void givenSpokenNumbers_digitize_readsThemAsDigits(String said, String digits) {
    assertThat(SpokenText.digitize(said)).isEqualTo(digits);
  }

  @Test
  void givenTypos_fix_repairsKnownWordsAndLeavesNamesAndShortWordsAlone() {
    SpellFixer fixer = new SpellFixer(Set.of("kitchen", "clogged", "smell", "faucet", "refrigerator"));
    assertThat(fixer.fix("kichen")).isEqualTo("kitchen");
    assertThat(fixer.fix("cloged")).isEqualTo("clogged");
    assertThat(fixer.fix("smel")).isEqualTo("smell");
    assertThat(fixer.fix("refrigirator")).isEqualTo("refrigerator");
    assertThat(fixer.fix("ruiz")).isEqualTo("ruiz");
    assertThat(fixer.fix("cho")).isEqualTo("cho");
    assertThat(fixer.fix("1b")).isEqualTo("1b");
  }
}
