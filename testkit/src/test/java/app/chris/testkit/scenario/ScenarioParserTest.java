package app.chris.testkit.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ScenarioParserTest {
  private static final String VALID = """
      {"format": "chris-scenario/1", "name": "leak", "portfolio": "demo-portfolio.json",
       "calls": [{"from": "+12175550101", "greeting": {"any": ["(?i)chris"]},
                  "turns": [{"say": "my faucet drips", "expect": {"none": ["911"], "notSameAsTurn": 1}},
                            {"digits": "1"}], "hangUp": true}],
       "after": {"serviceRequestCount": 1, "serviceRequests": [{"unitId": "U101", "priority": "normal|low",
                 "addressVerified": true}], "repliesNever": ["125\\\\.50"]}}
      """;

  @Test
  void givenValidScenario_parse_readsCallsTurnsAndAfter() {
    Scenario scenario = ScenarioParser.parse(VALID, "leak.json");

    assertThat(scenario.name()).isEqualTo("leak");
    assertThat(scenario.portfolio()).contains("demo-portfolio.json");
    Scenario.Call call = scenario.calls().get(0);
    assertThat(call.from()).contains("+12175550101");
    assertThat(call.turns()).hasSize(2);
    assertThat(call.turns().get(1).digits()).contains("1");
    assertThat(scenario.after().serviceRequestCount()).hasValue(1);
    assertThat(scenario.after().serviceRequests().get(0)).containsEntry("addressVerified", true);
  }

  @Test
  void givenNullCaller_parse_meansAnonymous() {
    Scenario scenario = ScenarioParser.parse(
        "{\"format\":\"chris-scenario/1\",\"name\":\"n\",\"calls\":[{\"from\":null,\"turns\":[]}]}", "n.json");

    assertThat(scenario.calls().get(0).from()).isEmpty();
    assertThat(scenario.calls().get(0).hangUp()).isTrue();
  }

  @Test
  void givenWrongFormat_parse_namesFileAndField() {
    assertThatThrownBy(() -> ScenarioParser.parse("{\"format\": \"chris-scenario/2\"}", "x.json"))
        .isInstanceOf(ScenarioFormatException.class).hasMessageContaining("x.json").hasMessageContaining("/format");
  }

  @Test
  void givenTurnWithSayAndDigits_parse_pointsAtTheTurn() {
    String json = "{\"format\":\"chris-scenario/1\",\"name\":\"n\",\"calls\":[{\"turns\":[{\"say\":\"hi\"},"
        + "{\"say\":\"a\",\"digits\":\"1\"}]}]}";

    assertThatThrownBy(() -> ScenarioParser.parse(json, "n.json")).hasMessageContaining("/calls/0/turns/1");
  }

  @Test
  void givenBadRegex_parse_namesThePattern() {
    String json = "{\"format\":\"chris-scenario/1\",\"name\":\"n\",\"calls\":[{\"turns\":[{\"say\":\"hi\","
        + "\"expect\":{\"any\":[\"(unclosed\"]}}]}]}";

    assertThatThrownBy(() -> ScenarioParser.parse(json, "n.json")).hasMessageContaining("/calls/0/turns/0/expect/any/0");
  }

  @Test
  void givenNotJson_parse_saysSo() {
    assertThatThrownBy(() -> ScenarioParser.parse("{\"format\": ", "n.json")).hasMessageContaining("not valid JSON");
  }

  @Test
  void givenNoCalls_parse_refuses() {
    assertThatThrownBy(() -> ScenarioParser.parse("{\"format\":\"chris-scenario/1\",\"name\":\"n\",\"calls\":[]}",
        "n.json")).hasMessageContaining("/calls");
  }

  @Test
  void expectations_searchRepliesJoinedAndCompareEarlierTurns() {
    Expectation e = ScenarioParser.parse(VALID, "leak.json").calls().get(0).turns().get(0).expect().orElseThrow();

    assertThat(e.check("call 911 now", List.of("x"))).hasValueSatisfying(f -> assertThat(f).contains("911"));
    assertThat(e.check("same", List.of("same"))).hasValueSatisfying(f -> assertThat(f).contains("repeat turn 1"));
    assertThat(e.check("different", List.of("same"))).isEmpty();
  }
}
