package app.chris.app;

import static org.assertj.core.api.Assertions.assertThat;

import app.chris.core.port.LanguageModel;
import app.chris.testkit.scenario.ChrisApiClient;
import app.chris.testkit.scenario.ScenarioResult;
import app.chris.testkit.scenario.ScenarioRunner;
import app.chris.testkit.scenario.ScenarioSuite;
import app.chris.testkit.scenario.ServerLauncher;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every shared scenario (copies of /work/shared/scenarios in src/test/resources/scenarios) against a fresh
 * in-process server with the offline engine, exactly as {@code chris.jar scenarios} runs them.
 */
class SharedScenariosTest {

  @TestFactory
  Stream<DynamicTest> everySharedScenarioPasses() throws Exception {
    Path dir = Path.of(getClass().getResource("/scenarios").toURI());
    List<ScenarioSuite.LoadedScenario> scenarios = ScenarioSuite.load(List.of(dir));
    assertThat(scenarios).hasSizeGreaterThanOrEqualTo(8);
    LanguageModel engine = Models.offline();
    ServerLauncher launcher = new AppServerLauncher(Map.of(), () -> engine);
    return scenarios.stream().map(s -> DynamicTest.dynamicTest(s.scenario().name(), () -> {
      ScenarioResult result;
      try (ServerLauncher.Running server = launcher.launch(Optional.of(dir.resolve(s.scenario().portfolio()
          .orElse("demo-portfolio.json"))))) {
        result = new ScenarioRunner().run(s.scenario(), new ChrisApiClient(server.baseUrl(), server.adminToken()));
      }
      assertThat(result.passed()).as(result.line()).isTrue();
    }));
  }
}
