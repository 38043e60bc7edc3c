package app.chris.app;

import static org.assertj.core.api.Assertions.assertThat;

import app.chris.testkit.scenario.ScenarioCommand;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code scenarios} end to end: files on disk, a fresh in-process server per run, exit codes and pass^k. */
class ScenarioCommandTest {
  @TempDir Path dir;
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) {
    ScenarioCommand command = new ScenarioCommand(new AppServerLauncher(Map.of(), EchoModel::new),
        new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    return command.run(List.of(args), Optional.empty());
  }

  private Path scenario(String name, String expectAny) throws Exception {
    Files.createDirectories(dir.resolve("contracts"));
    Files.copy(Path.of(getClass().getResource("/scenarios/demo-portfolio.json").toURI()),
        dir.resolve("contracts/demo-portfolio.json"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    Path file = dir.resolve(name + ".json");
    Files.writeString(file, "{\"format\":\"chris-scenario/1\",\"name\":\"" + name + "\",\"portfolio\":"
        + "\"demo-portfolio.json\",\"calls\":[{\"from\":\"+12175550101\",\"greeting\":{\"any\":[\"(?i)lakeside\"]},"
        + "\"turns\":[{\"say\":\"hello\",\"expect\":{\"any\":[\"" + expectAny + "\"]}}]}]}");
    return file;
  }

  @Test
  void givenPassingScenarioRepeated_run_printsPassLinesAndPassK() throws Exception {
    Path file = scenario("echoes", "hello");

    int exit = run(file.toString(), "--repeat", "2");

    assertThat(exit).as(out + " " + err).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("[1/2] PASS echoes").contains("[2/2] PASS echoes")
        .contains("pass^2: 1 of 1 scenarios");
  }

  @Test
  void givenDirectoryWithAFailingScenario_run_exitsOneAndShowsTheFailure() throws Exception {
    scenario("good", "hello");
    scenario("bad", "goodbye");

    int exit = run(dir.toString());

    assertThat(exit).isEqualTo(1);
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("PASS good").contains("FAIL bad: call 1 turn 1");
  }

  @Test
  void givenMalformedScenario_run_exitsTwoNamingTheFile() throws Exception {
    Path file = dir.resolve("broken.json");
    Files.writeString(file, "{\"format\":\"chris-scenario/1\",\"calls\":[]}");

    assertThat(run(file.toString())).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("broken.json").contains("/name");
  }

  @Test
  void givenNoPaths_run_exitsTwoWithUsage() {
    assertThat(run("--repeat", "3")).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("usage: scenarios");
  }
}
