package app.chris.app;

import static org.assertj.core.api.Assertions.assertThat;

import app.chris.core.call.FixedLines;
import app.chris.testkit.InMemoryPortfolio;
import app.chris.testkit.MutableClock;
import app.chris.testkit.elevenlabs.FakeElevenLabsServer;
import app.chris.testkit.elevenlabs.VoiceErrors;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** At start-up the voice is warmed in the background and {@code /ready} says how that went. */
class VoiceReadinessTest {
  private static final Duration WAIT = Duration.ofSeconds(30);

  @TempDir Path dataDir;

  private ApiFixture start(FakeElevenLabsServer fake) {
    return new ApiFixture(Map.of("ADMIN_TOKEN", ApiFixture.TOKEN, "DATA_DIR", dataDir.toString(),
        "ELEVENLABS_API_KEY", "el-test-key", "ELEVENLABS_BASE_URL", fake.baseUrl().toString()));
  }

  private static String voice(ApiFixture.Response ready) {
    @SuppressWarnings("unchecked")
    Map<String, Map<String, Object>> components = (Map<String, Map<String, Object>>) ready.object().get("components");
    return components.get("voice").get("status") + ": " + components.get("voice").get("detail");
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Integer> counts(ApiFixture.Response ready) {
    Map<String, Object> voice = ((Map<String, Map<String, Object>>) ready.object().get("components")).get("voice");
    return Map.of("phrasesCached", ((Number) voice.get("phrasesCached")).intValue(),
        "phrasesTotal", ((Number) voice.get("phrasesTotal")).intValue());
  }

  private static ApiFixture.Response awaitReady(ApiFixture api, Predicate<String> voice) {
    long end = System.nanoTime() + WAIT.toNanos();
    ApiFixture.Response ready = api.send("GET", "/ready", null, null);
    while (!voice.test(voice(ready)) && System.nanoTime() < end) {
      ready = api.send("GET", "/ready", null, null);
    }
    return ready;
  }

  @Test
  void givenElevenLabsAnswering_ready_endsWithEveryFixedLineCachedOnDisk() throws Exception {
    int lines = FixedLines.forCompany(InMemoryPortfolio.demo().company()).size();
    try (FakeElevenLabsServer fake = FakeElevenLabsServer.start(); ApiFixture api = start(fake)) {
      ApiFixture.Response ready = awaitReady(api, v -> v.endsWith(" phrases cached, credentials ok"));

      assertThat(ready.status()).isEqualTo(200);
      assertThat(voice(ready)).endsWith(lines + " of " + lines + " phrases cached, credentials ok");
      assertThat(counts(ready)).containsEntry("phrasesCached", lines).containsEntry("phrasesTotal", lines);
      try (Stream<Path> files = Files.list(dataDir.resolve("phrases"))) {
        assertThat(files.count()).isEqualTo(lines);
      }
      assertThat(fake.handshakeKeys()).contains("el-test-key").doesNotContainNull();
    }
  }

  @Test
  void givenASlowVoice_ready_turns200OnceGreetingsAndApologiesAreCachedWhileTheRestWarm() {
    int lines = FixedLines.forCompany(InMemoryPortfolio.demo().company()).size();
    int urgent = FixedLines.urgent(InMemoryPortfolio.demo().company(), MutableClock.DEFAULT_START).size();
    // 150 ms to each line's first byte (the bench's voice): the rest take seconds more, two at a time.
    try (FakeElevenLabsServer fake = FakeElevenLabsServer.start()) {
      fake.script().concurrent(true).firstByteDelay(Duration.ofMillis(150));
      try (ApiFixture api = start(fake)) {
        ApiFixture.Response ready = awaitReady(api, v -> v.startsWith("up"));

        assertThat(ready.status()).isEqualTo(200);
        assertThat(voice(ready)).endsWith("phrases cached, credentials ok; warming the rest");
        assertThat(counts(ready).get("phrasesCached")).isBetween(urgent, lines - 1);
        assertThat(counts(ready)).containsEntry("phrasesTotal", lines);

        ApiFixture.Response done = awaitReady(api, v -> v.endsWith(" phrases cached, credentials ok"));
        assertThat(counts(done)).containsEntry("phrasesCached", lines);
      }
    }
  }

  @Test
  void givenARefusedKey_ready_is503AndNamesTheFailureWithoutTheKey() {
    try (FakeElevenLabsServer fake = FakeElevenLabsServer.start()) {
      String refused = VoiceErrors.detail("invalid_api_key", "Invalid API key");
      fake.script().refuseHandshake(401, refused).refuseHandshake(401, refused);
      try (ApiFixture api = start(fake)) {
        ApiFixture.Response ready = awaitReady(api, v -> v.contains("failed"));

        assertThat(ready.status()).isEqualTo(503);
        assertThat(voice(ready)).startsWith("down").contains("voice check failed (AUTHENTICATION)")
            .doesNotContain("retrying");
        assertThat(ready.body()).doesNotContain("el-test-key");
      }
    }
  }

  @Test
  void givenElevenLabsUnreachable_ready_is503AndSaysItKeepsTrying() {
    FakeElevenLabsServer fake = FakeElevenLabsServer.start();
    fake.close(); // nothing listens there any more: connections are refused
    try (ApiFixture api = start(fake)) {
      ApiFixture.Response ready = awaitReady(api, v -> v.contains("failed"));

      assertThat(ready.status()).isEqualTo(503);
      assertThat(voice(ready)).contains("voice check failed (UNAVAILABLE, retrying); 0 of");
    }
  }
}
