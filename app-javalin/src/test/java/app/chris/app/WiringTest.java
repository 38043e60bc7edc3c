package app.chris.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.chris.app.config.AppConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WiringTest {
  @TempDir Path dataDir;

  @Test
  void givenEmptyDataDir_open_loadsTheDemoPortfolioAndLogsTestCallsDurably() throws Exception {
    String callId;
    try (Server server = start(Map.of())) {
      ApiClient api = new ApiClient(server);
      Map<String, Object> started = api.post("/api/test-calls", "{\"from\": \"+12175550101\"}");
      assertThat(started.get("replies").toString()).contains("Lakeside");
      callId = (String) started.get("callId");
      api.delete("/api/test-calls/" + callId);
    }

    try (Server again = start(Map.of())) {
      assertThat(new ApiClient(again).get("/api/calls/" + callId)).containsEntry("channel", "test");
    }
  }

  @Test
  void givenPortfolioFile_open_importsIt() throws Exception {
    Path file = dataDir.resolve("portfolio.json");
    String demo = Files.readString(Path.of(getClass().getResource("/scenarios/demo-portfolio.json").toURI()));
    Files.writeString(file, demo.replace("Lakeside Property Management", "Riverside Homes"));

    try (Server server = start(Map.of("PORTFOLIO_FILE", file.toString()))) {
      assertThat(new ApiClient(server).post("/api/test-calls", "{}").get("replies").toString()).contains("Riverside");
    }
  }

  @Test
  void givenBrokenPortfolioFile_open_refusesNamingTheFieldAndChangesNothing() throws Exception {
    Path file = dataDir.resolve("broken.json");
    Files.writeString(file, "{\"format\": \"chris-portfolio/1\", \"company\": {}}");

    assertThatThrownBy(() -> start(Map.of("PORTFOLIO_FILE", file.toString())))
        .isInstanceOf(StartupException.class).hasMessageContaining("broken.json").hasMessageContaining("/company");
    assertThat(Files.exists(dataDir.resolve("chris.mv.db"))).isFalse();
  }

  private Server start(Map<String, String> extra) {
    Map<String, String> env = new java.util.HashMap<>(extra);
    env.put("DATA_DIR", dataDir.toString());
    env.put("ADMIN_TOKEN", ApiFixture.TOKEN);
    AppContext context = Wiring.open(AppConfig.fromEnv(env), new EchoModel(), Clock.systemUTC());
    return Server.start(context, 0);
  }
}
