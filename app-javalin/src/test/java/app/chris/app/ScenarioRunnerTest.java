package app.chris.app;

import static org.assertj.core.api.Assertions.assertThat;

import app.chris.core.port.CallId;
import app.chris.core.port.NewServiceRequest;
import app.chris.core.port.Priority;
import app.chris.testkit.scenario.ChrisApiClient;
import app.chris.testkit.scenario.ScenarioParser;
import app.chris.testkit.scenario.ScenarioResult;
import app.chris.testkit.scenario.ScenarioRunner;
import java.net.URI;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The scenario runner against a real server whose model echoes the caller ("You said: ..."). */
class ScenarioRunnerTest {
  private final ApiFixture api = new ApiFixture();
  private final ChrisApiClient client = new ChrisApiClient(URI.create(api.server.baseUrl()), ApiFixture.TOKEN);

  @AfterEach
  void stop() {
    api.close();
  }

  private ScenarioResult run(String calls, String after) {
    String json = "{\"format\":\"chris-scenario/1\",\"name\":\"echo\",\"calls\":" + calls + ",\"after\":" + after + "}";
    return new ScenarioRunner().run(ScenarioParser.parse(json, "echo.json"), client);
  }

  @Test
  void givenExpectationsThatHold_run_passesAndHangsUp() {
    ScenarioResult result = run("[{\"from\":\"+12175550101\",\"greeting\":{\"any\":[\"(?i)lakeside\"]},"
        + "\"turns\":[{\"say\":\"my faucet drips\",\"expect\":{\"all\":[\"faucet\",\"drips\"],\"none\":[\"911\"]}},"
        + "{\"say\":\"anything else\",\"expect\":{\"notSameAsTurn\":1}}],\"hangUp\":true}]",
        "{\"serviceRequestCount\":0,\"knowledgeAdded\":0,\"repliesEver\":[\"You said\"],\"repliesNever\":[\"125\"]}");

    assertThat(result.passed()).as(result.line()).isTrue();
    assertThat(api.callLog.recent(5)).allSatisfy(r -> assertThat(r.ended()).isTrue());
  }

  @Test
  void givenUnmetTurnExpectation_run_failsNamingCallTurnAndPattern() {
    ScenarioResult result = run("[{\"turns\":[{\"say\":\"hello\",\"expect\":{\"any\":[\"(?i)plumber\"]}}]}]", "{}");

    assertThat(result.line()).startsWith("FAIL echo: call 1 turn 1:").contains("plumber").contains("You said: hello");
    assertThat(api.callLog.recent(5)).allSatisfy(r -> assertThat(r.ended()).isTrue());
  }

  @Test
  void givenForbiddenReply_run_failsInAfter() {
    ScenarioResult result = run("[{\"turns\":[{\"say\":\"my balance is 125.50\"}]}]",
        "{\"repliesNever\":[\"125\\\\.50\"]}");

    assertThat(result.line()).contains("after:").contains("forbidden");
  }

  @Test
  void givenRequestsThatExistedBefore_run_countsOnlyNewOnes() {
    api.serviceDesk.file(new NewServiceRequest("old", new CallId("c_old"), Optional.of("P100"), Optional.of("U101"),
        Optional.empty(), "plumbing", Priority.NORMAL, "old leak", true, false));

    ScenarioResult none = run("[{\"turns\":[{\"say\":\"hi\"}]}]", "{\"serviceRequestCount\":0}");
    ScenarioResult one = run("[{\"turns\":[{\"say\":\"hi\"}]}]", "{\"serviceRequestCount\":1}");

    assertThat(none.passed()).as(none.line()).isTrue();
    assertThat(one.line()).contains("expected 1 new service request(s), found 0");
  }
}
