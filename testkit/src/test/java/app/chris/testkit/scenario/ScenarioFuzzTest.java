package app.chris.testkit.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import app.chris.testkit.JsonMutations;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * A scenario file with wrong types, missing fields, bad regexes or plain garbage is read or refused with a
 * {@link ScenarioFormatException} naming the file; the suite then reports it instead of crashing.
 */
class ScenarioFuzzTest {
  private static final String VALID = """
      {"format": "chris-scenario/1", "name": "leak", "about": "a leak", "portfolio": "demo-portfolio.json",
       "calls": [{"from": "+12175550101", "greeting": {"any": ["(?i)chris"], "all": ["."]},
                  "turns": [{"say": "my faucet drips", "expect": {"none": ["911"], "notSameAsTurn": 1}},
                            {"digits": "1"}], "hangUp": true}],
       "after": {"serviceRequestCount": 1, "knowledgeAdded": 0, "serviceRequests": [{"unitId": "U101",
                 "priority": "normal|low", "addressVerified": true}], "repliesNever": ["125\\\\.50"]}}
      """;
  private static final JsonNode TREE = parse(VALID);

  @Property(tries = 400)
  void mutatedScenario_isReadOrRefusedNamingTheFile(@ForAll long seed, @ForAll @IntRange(min = 1, max = 4) int edits) {
    assertThat(outcome(JsonMutations.mutate(TREE, seed, edits).toString())).isIn("read", "refused");
  }

  @Property(tries = 200)
  void anyText_isRefusedNamingTheFile(@ForAll @Size(max = 300) byte[] bytes) {
    assertThat(outcome(new String(bytes, StandardCharsets.UTF_8))).isEqualTo("refused");
  }

  private static String outcome(String text) {
    try {
      ScenarioParser.parse(text, "fuzz.json");
      return "read";
    } catch (ScenarioFormatException e) {
      assertThat(e.getMessage()).contains("fuzz.json");
      return "refused";
    }
  }

  private static JsonNode parse(String json) {
    try {
      return new ObjectMapper().readTree(json);
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
