package app.chris.app;

import static org.assertj.core.api.Assertions.assertThat;

import app.chris.testkit.openai.ChatScript;
import app.chris.testkit.openai.FakeOpenAiServer;
import java.util.Arrays;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** {@code GET /metrics}: what an operator's Prometheus scrapes from one instance. */
class MetricsEndpointTest {
  /** One sample line of the text format: name, optional labels, a number. */
  private static final Pattern SAMPLE =
      Pattern.compile("[a-zA-Z_:][a-zA-Z0-9_:]*(\\{[a-zA-Z_][a-zA-Z0-9_]*=\"(\\\\.|[^\"\\\\])*\"(,[a-zA-Z_][a-zA-Z0-9_]*"
          + "=\"(\\\\.|[^\"\\\\])*\")*\\})? (-?[0-9.eE+-]+|\\+Inf|-Inf|NaN)");

  @Test
  void givenATextCallThatEnded_metrics_countItItsTurnLatencyAndTheOutbox() {
    try (ApiFixture api = new ApiFixture()) {
      String callId = (String) api.post("/api/test-calls", "{\"from\":\"+12175550101\"}").object().get("callId");
      api.post("/api/test-calls/" + callId + "/turns", "{\"text\":\"Is the pool open on Sundays?\"}");
      api.send("DELETE", "/api/test-calls/" + callId, null, ApiFixture.TOKEN);

      ApiFixture.Response metrics = api.send("GET", "/metrics", null, null);

      assertThat(metrics.status()).isEqualTo(200);
      assertThat(metrics.contentType()).startsWith("text/plain; version=0.0.4");
      assertThat(metrics.body()).contains("chris_calls_started_total{channel=\"test\"} 1\n",
          "chris_calls_active{channel=\"test\"} 0\n", "chris_calls_active{channel=\"phone\"} 0\n",
          "chris_outbox_rows{status=\"dead\"} 0\n", "chris_media_frames_malformed_total 0\n");
      assertThat(metrics.body()).containsPattern("chris_calls_ended_total\\{channel=\"test\",outcome=\"[a-z_]+\"} 1\n")
          .containsPattern("chris_turn_first_token_seconds_count\\{model=\"echo\"} [1-9]")
          .containsPattern("chris_outbox_rows\\{status=\"pending\"} [1-9]");
      assertThat(Arrays.stream(metrics.body().split("\n")).filter(l -> !l.startsWith("#")))
          .allMatch(l -> SAMPLE.matcher(l).matches());
    }
  }

  @Test
  void givenMetricsToken_metrics_needItWhileHealthStaysOpen() {
    try (ApiFixture api = new ApiFixture(Map.of("ADMIN_TOKEN", ApiFixture.TOKEN, "METRICS_TOKEN", "scrape-me"))) {
      assertThat(api.send("GET", "/metrics", null, null).status()).isEqualTo(401);
      assertThat(api.send("GET", "/metrics", null, ApiFixture.TOKEN).status()).isEqualTo(401);
      assertThat(api.send("GET", "/metrics", null, "scrape-me").status()).isEqualTo(200);
      assertThat(api.send("GET", "/health", null, null).status()).isEqualTo(200);
    }
  }

  @Test
  void givenOpenAiRefusingTheKey_metrics_countTheVendorErrorsByKind() {
    try (FakeOpenAiServer openAi = FakeOpenAiServer.start()) {
      for (int i = 0; i < 10; i++) {
        openAi.enqueue(ChatScript.httpError(401, "invalid_request_error", "invalid_api_key", "Incorrect API key"));
      }
      Map<String, String> env = Map.of("ADMIN_TOKEN", ApiFixture.TOKEN, "OPENAI_API_KEY", "sk-wrong",
          "OPENAI_BASE_URL", openAi.baseUrl().toString());
      try (ApiFixture api = new ApiFixture(env)) {
        String callId = (String) api.post("/api/test-calls", "{}").object().get("callId");
        api.post("/api/test-calls/" + callId + "/turns", "{\"text\":\"Is the pool open on Sundays?\"}");

        String body = api.send("GET", "/metrics", null, null).body();

        assertThat(body).containsPattern("chris_vendor_errors_total\\{vendor=\"openai\",kind=\"authentication\"} [1-9]")
            .containsPattern("chris_turn_first_token_seconds_count\\{model=\"echo\"} 1\n");
      }
    }
  }
}
