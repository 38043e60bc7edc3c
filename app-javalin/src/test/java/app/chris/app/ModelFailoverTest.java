package app.chris.app;

import static org.assertj.core.api.Assertions.assertThat;

import app.chris.testkit.openai.ChatScript;
import app.chris.testkit.openai.FakeOpenAiServer;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** OpenAI failing mid-turn (a dropped stream, a long rate limit) hands the turn to xAI; the call goes on. */
class ModelFailoverTest {
  private final FakeOpenAiServer openAi = FakeOpenAiServer.start();
  private final FakeOpenAiServer xai = FakeOpenAiServer.start();
  private final ApiFixture api = new ApiFixture(Map.of("ADMIN_TOKEN", ApiFixture.TOKEN,
      "OPENAI_API_KEY", "sk-test", "OPENAI_BASE_URL", openAi.baseUrl().toString(),
      "XAI_API_KEY", "xai-test", "XAI_BASE_URL", xai.baseUrl().toString()));

  @AfterEach
  void stop() {
    api.close();
    openAi.close();
    xai.close();
  }

  @Test
  void givenOpenAiDropsTheStreamMidReply_whenTheCallerSpeaks_thenXaiAnswersAndTheCallContinues() {
    openAi.enqueue(ChatScript.stream().text("Let me ").disconnect().build(), ChatScript.text("Sure thing."));
    xai.enqueue(ChatScript.text("Sorry about that. ", "How can I help?"));
    String call = start();

    Map<String, Object> turn = say(call, "Hi, I have a question.");
    Map<String, Object> next = say(call, "Are you still there?");

    assertThat(String.join(" ", strings(turn.get("replies")))).contains("How can I help?");
    assertThat(models(turn)).last().satisfies(m -> {
      assertThat(m.get("model")).isEqualTo("xai:grok-3-mini");
      assertThat((String) m.get("reason")).contains("failover after unavailable from openai:gpt-4.1-mini");
    });
    assertThat(next.get("ended")).isEqualTo(false);
    assertThat(strings(next.get("replies"))).containsExactly("Sure thing.");
  }

  @Test
  void givenOpenAiRateLimitedForLong_whenTheCallerSpeaks_thenXaiAnswersWithoutWaiting() {
    openAi.enqueue(ChatScript.rateLimited(Duration.ofSeconds(30)));
    xai.enqueue(ChatScript.text("Happy to help."));
    String call = start();

    Map<String, Object> turn = say(call, "Hello?");

    assertThat(strings(turn.get("replies"))).containsExactly("Happy to help.");
    assertThat(models(turn)).last().satisfies(m ->
        assertThat((String) m.get("reason")).contains("failover after rate_limited from openai:gpt-4.1-mini"));
    assertThat(openAi.requests()).as("a 30 s retry-after is not waited for").hasSize(1);
  }

  private String start() {
    return (String) api.post("/api/test-calls", "{\"from\": \"+12175550101\"}").object().get("callId");
  }

  private Map<String, Object> say(String call, String text) {
    ApiFixture.Response turn = api.post("/api/test-calls/" + call + "/turns", "{\"text\": \"" + text + "\"}");
    assertThat(turn.status()).as(turn.body()).isEqualTo(200);
    return turn.object();
  }

  private static List<Map<String, Object>> models(Map<String, Object> turn) {
    return ApiFixture.objects(turn.get("events")).stream().filter(e -> "model".equals(e.get("type"))).toList();
  }

  @SuppressWarnings("unchecked")
  private static List<String> strings(Object list) {
    return (List<String>) list;
  }
}
