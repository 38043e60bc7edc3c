package app.chris.adapters.jdbi;

import static org.assertj.core.api.Assertions.assertThat;

import app.chris.testkit.JsonMutations;
import com.fasterxml.jackson.databind.JsonNode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * A portfolio file with wrong types, missing or duplicated entries, or plain garbage is either read or refused with
 * a {@link PortfolioFormatException} naming where: never another exception (the upload page shows only those).
 */
class PortfolioFuzzTest {
  private static final JsonNode DEMO = Json.parse(PortfolioJsonTest.demoText());

  @Property(tries = 400)
  void mutatedDemoFile_isReadOrRefusedWithAFormatError(@ForAll long seed, @ForAll @IntRange(min = 1, max = 4) int edits) {
    String text = JsonMutations.mutate(DEMO, seed, edits).toString();

    assertThat(outcome(text)).isIn("read", "refused");
  }

  @Property(tries = 200)
  void anyText_isRefusedWithAFormatError(@ForAll @Size(max = 400) byte[] bytes) {
    assertThat(outcome(new String(bytes, java.nio.charset.StandardCharsets.UTF_8))).isEqualTo("refused");
  }

  private static String outcome(String text) {
    try {
      PortfolioJson.read(text);
      return "read";
    } catch (PortfolioFormatException e) {
      assertThat(e.getMessage()).isNotBlank();
      return "refused";
    }
  }
}
