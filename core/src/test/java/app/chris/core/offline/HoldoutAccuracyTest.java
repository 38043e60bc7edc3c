package app.chris.core.offline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Accuracy on phrasings that were written apart from the engine's exemplars and lexicon (see the files' headers).
 * Guards against regressions; the measured numbers are printed for the record.
 */
class HoldoutAccuracyTest {
  private static final LanguageUnderstanding NLU = LanguageUnderstanding.load();

  @ParameterizedTest
  @ValueSource(strings = {"holdout.txt", "holdout2.txt"})
  void givenUnseenPhrasings_understand_findsTheMainNeedNineTimesInTen(String file) throws IOException {
    List<String> misses = new ArrayList<>();
    int total = 0;
    for (String line : lines(file)) {
      String label = line.substring(0, line.indexOf('|')).strip();
      String text = line.substring(line.indexOf('|') + 1).strip();
      total++;
      Need got = NLU.understand(text).primary();
      if (!got.name().equals(label)) {
        misses.add(label + " -> " + got + " | " + text);
      }
    }
    double accuracy = 1.0 - (double) misses.size() / total;
    System.out.printf("%s: %d/%d = %.1f%%%n", file, total - misses.size(), total, 100 * accuracy);
    misses.forEach(m -> System.out.println("  miss " + m));
    assertThat(accuracy).as("accuracy on " + file + ", misses " + misses).isGreaterThanOrEqualTo(0.90);
  }

  private static List<String> lines(String file) throws IOException {
    try (InputStream in = HoldoutAccuracyTest.class.getResourceAsStream(file)) {
      List<String> out = new ArrayList<>();
      for (String l : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (!l.isBlank() && !l.startsWith("#")) {
          out.add(l);
        }
      }
      return out;
    }
  }
}
