package app.chris.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.chris.adapters.rentmanager.RentManagerSettings;
import app.chris.app.config.AppConfig;
import app.chris.app.config.ConfigException;
import app.chris.core.port.Priority;
import app.chris.testkit.DemoPortfolio;
import app.chris.testkit.rentmanager.FakeRentManagerServer;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** With RENTMANAGER_* set, serve reads tenants from Rent Manager and writes filed requests back as work orders. */
class RentManagerWiringTest {
  @TempDir Path dataDir;

  @Test
  void givenRentManagerConfigured_aFiledRequest_becomesOneWorkOrderThere() throws Exception {
    try (FakeRentManagerServer rentManager = FakeRentManagerServer.start()) {
      rentManager.load(DemoPortfolio.build());
      Map<String, String> env = new HashMap<>(Map.of("DATA_DIR", dataDir.toString(), "ADMIN_TOKEN", ApiFixture.TOKEN,
          "RENTMANAGER_BASE_URL", rentManager.baseUri().toString(), "RENTMANAGER_USERNAME",
          FakeRentManagerServer.USER, "RENTMANAGER_PASSWORD", FakeRentManagerServer.PASSWORD));
      try (Server server = Server.start(Wiring.open(AppConfig.fromEnv(env), Models.offline(), Clock.systemUTC()), 0)) {
        ApiClient api = new ApiClient(server);
        assertThat(api.get("/ready").toString()).contains("propertySystem={status=up");

        Map<String, Object> call = api.post("/api/test-calls", "{\"from\": \"+12175550102\"}");
        assertThat(call.get("replies").toString()).as("tenant found by caller id in Rent Manager").contains("Ben");
        String id = (String) call.get("callId");
        for (String line : new String[] {
            "Hi, it's Ben Cho at 120 Maple Court, unit 1B. My kitchen sink is clogged.", "Yes, that's right.",
            "Yes, you can go in."}) {
          api.post("/api/test-calls/" + id + "/turns", "{\"text\": \"" + line + "\"}");
        }
        api.delete("/api/test-calls/" + id);

        for (int i = 0; i < 100 && rentManager.issuesMentioning(id).isEmpty(); i++) {
          Thread.sleep(100);
        }
        Thread.sleep(300); // a retry in flight would show up as a second work order
        assertThat(rentManager.issuesMentioning(id)).as("this call's work order, once")
            .singleElement().satisfies(issue -> assertThat(issue.path("Title").asText()).contains("sink"));
      }
    }
  }

  @Test
  void givenConfiguredNames_issueNames_useThemAndKeepStockNamesForTheRest() {
    AppConfig config = AppConfig.fromEnv(Map.of("RENTMANAGER_BASE_URL", "https://x.example", "RENTMANAGER_USERNAME",
        "u", "RENTMANAGER_PASSWORD", "p", "RENTMANAGER_CATEGORY_NAMES", "plumbing=Plumbing & Drains; heating=HVAC",
        "RENTMANAGER_PRIORITY_NAMES", "emergency=Critical", "RENTMANAGER_NEW_STATUS", "Open"));

    RentManagerSettings.IssueNames names =
        RentManagerWiring.issueNames(config.vendors().rentManager().orElseThrow().names());

    assertThat(names.categories()).containsEntry("plumbing", "Plumbing & Drains").containsEntry("heating", "HVAC");
    assertThat(names.priorities()).containsEntry(Priority.EMERGENCY, "Critical").containsEntry(Priority.LOW, "Low");
    assertThat(names.newStatus()).isEqualTo("Open");
  }

  @Test
  void givenAnUnknownPriorityOrABrokenPair_config_isRefusedNamingTheVariable() {
    Map<String, String> base = Map.of("RENTMANAGER_BASE_URL", "https://x.example", "RENTMANAGER_USERNAME", "u",
        "RENTMANAGER_PASSWORD", "p");
    Map<String, String> badPriority = new HashMap<>(base);
    badPriority.put("RENTMANAGER_PRIORITY_NAMES", "asap=Now");
    Map<String, String> badPair = new HashMap<>(base);
    badPair.put("RENTMANAGER_CATEGORY_NAMES", "plumbing");

    assertThatThrownBy(() -> AppConfig.fromEnv(badPriority)).isInstanceOf(ConfigException.class)
        .hasMessageContaining("RENTMANAGER_PRIORITY_NAMES").hasMessageContaining("asap");
    assertThatThrownBy(() -> AppConfig.fromEnv(badPair)).isInstanceOf(ConfigException.class)
        .hasMessageContaining("RENTMANAGER_CATEGORY_NAMES");
  }
}
