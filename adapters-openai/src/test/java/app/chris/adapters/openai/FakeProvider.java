package app.chris.adapters.openai;

import app.chris.testkit.openai.FakeOpenAiServer;
import java.time.Clock;
import java.time.Duration;
import okhttp3.OkHttpClient;

/** Builds chat models pointed at a {@link FakeOpenAiServer}, with test-sized timeouts and backoff. */
final class FakeProvider {
  static final String KEY = "sk-test-0123456789abcdef";
  private static final OkHttpClient SHARED = new OkHttpClient();

  private FakeProvider() {}

  static OpenAiSettings settings(FakeOpenAiServer server) {
    return new OpenAiSettings(
        server.baseUrl(), KEY, "gpt-4.1-mini", Duration.ofSeconds(2), Duration.ofMillis(500), Duration.ofSeconds(5));
  }

  static OpenAiResilience resilience(int maxRetries, int breakerThreshold) {
    return new OpenAiResilience(
        maxRetries, Duration.ofMillis(5), Duration.ofMillis(20), breakerThreshold, Duration.ofSeconds(30));
  }

  static OpenAiChatModel model(FakeOpenAiServer server) {
    return model(server, resilience(1, 3), Clock.systemUTC());
  }

  static OpenAiChatModel model(FakeOpenAiServer server, OpenAiResilience resilience, Clock clock) {
    return new OpenAiChatModel("openai", settings(server), SHARED, resilience, clock);
  }
}
