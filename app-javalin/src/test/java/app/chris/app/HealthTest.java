package app.chris.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class HealthTest {

  @Test
  void givenEmbeddedDefault_health_isUpWithoutToken() {
    try (ApiFixture api = new ApiFixture()) {
      ApiFixture.Response health = api.send("GET", "/health", null, null);

      assertThat(health.status()).isEqualTo(200);
    }
  }

  @Test
  void givenEmbeddedDefault_ready_is200WithEveryComponentUpOrOfflineDefault() {
    try (ApiFixture api = new ApiFixture()) {
      ApiFixture.Response ready = api.send("GET", "/ready", null, null);

      assertThat(ready.status()).isEqualTo(200);
      @SuppressWarnings("unchecked")
      Map<String, Map<String, Object>> components = (Map<String, Map<String, Object>>) ready.object().get("components");
      assertThat(components).containsOnlyKeys("storage", "model", "voice", "propertySystem", "email",
          "outbox", "server");
      assertThat(components.get("storage")).containsEntry("status", "up");
      assertThat(components.get("model")).containsEntry("status", "offline-default");
      assertThat(components.get("email")).containsEntry("status", "offline-default");
    }
  }

  @Test
  void givenConfiguredVendorNotWired_ready_is503AndSaysWhichIsDown() {
    try (ApiFixture api = new ApiFixture(Map.of("ADMIN_TOKEN", ApiFixture.TOKEN,
        "RENTMANAGER_BASE_URL", "https://lakeside.api.rentmanager.com", "RENTMANAGER_USERNAME", "chris",
        "RENTMANAGER_PASSWORD", "rm-secret"))) {
      ApiFixture.Response ready = api.send("GET", "/ready", null, null);

      assertThat(ready.status()).isEqualTo(503);
      assertThat(ready.body()).contains("\"propertySystem\":{\"status\":\"down\"").doesNotContain("rm-secret");
    }
  }

  @Test
  void givenSendGridConfigured_ready_reportsEmailUpWithoutTheKey() {
    try (ApiFixture api = new ApiFixture(Map.of("ADMIN_TOKEN", ApiFixture.TOKEN, "SENDGRID_API_KEY", "SG.x",
        "SENDGRID_FROM", "chris@lakeside.example"))) {
      ApiFixture.Response ready = api.send("GET", "/ready", null, null);

      assertThat(ready.status()).isEqualTo(200);
      assertThat(ready.body()).contains("\"email\":{\"status\":\"up\"").doesNotContain("SG.x");
    }
  }
}
