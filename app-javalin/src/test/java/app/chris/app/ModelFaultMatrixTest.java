package app.chris.app;

import static org.assertj.core.api.Assertions.assertThat;

import app.chris.testkit.fault.VendorFault;
import app.chris.testkit.openai.ChatScript;
import app.chris.testkit.openai.FakeOpenAiServer;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Fault matrix, model row: production wiring (OpenAI, then xAI, then the offline engine) on a text test call.
 * OpenAI's chat breaks in each way at each moment of a call (the caller's first words, mid-call, between a tool
 * request and its follow-up); the caller is answered within the 3 s silence budget by xAI or, when xAI breaks
 * too, by the offline engine, a tool already run is not run again, and what the caller said is still known.
 */
class ModelFaultMatrixTest {
  private static final Duration SILENCE_BUDGET = Duration.ofSeconds(3);
  private static final String INTRO = "Hi, this is Dana Whitfield from unit 4B.";
  /** Stateless and slow to load: one for every cell. */
  private static final app.chris.core.port.LanguageModel OFFLINE = Models.offline();
  @TempDir Path dataDir;

  /** Warms the JVM on the offline path once, so the first cell's 3 s is not spent compiling. */
  @BeforeAll
  static void warmUp(@TempDir Path warmDir) throws Exception {
    Map<String, String> env = Map.of("DATA_DIR", warmDir.toString(), "ADMIN_TOKEN", ApiFixture.TOKEN);
    try (Server server = Server.start(Wiring.open(app.chris.app.config.AppConfig.fromEnv(env), OFFLINE,
        Clock.systemUTC()), 0)) {
      ApiClient api = new ApiClient(server);
      String call = (String) api.post("/api/test-calls", "{\"from\": \"+12175550199\"}").get("callId");
      say(api, call, INTRO);
    }
  }

  /** When in the call the model breaks. */
  enum Moment { FIRST_WORDS, MID_CALL, AFTER_A_TOOL_REQUEST }

  static Stream<Arguments> faults() {
    return FaultCells.all(Duration.ofSeconds(4))
        .flatMap(f -> Stream.of(Moment.values()).map(m -> Arguments.of(f, m)));
  }

  @ParameterizedTest(name = "OpenAI {0} at {1}: xAI answers")
  @MethodSource("faults")
  void givenOpenAiBreaks_thenTheCallerIsAnsweredInTimeWithMemoryIntact(VendorFault fault, Moment moment)
      throws Exception {
    runCell(fault, moment, false);
  }

  @ParameterizedTest(name = "OpenAI and xAI {0} at {1}: offline engine answers")
  @MethodSource("faults")
  void givenOpenAiAndXaiBreak_thenTheOfflineEngineAnswersInTime(VendorFault fault, Moment moment)
      throws Exception {
    runCell(fault, moment, true);
  }

  private void runCell(VendorFault fault, Moment moment, boolean xaiToo) throws Exception {
    try (FakeOpenAiServer openAi = FakeOpenAiServer.start(); FakeOpenAiServer xai = FakeOpenAiServer.start();
        Server server = start(openAi, xai)) {
      ApiClient api = new ApiClient(server);
      String call = (String) api.post("/api/test-calls", "{\"from\": \"+12175550199\"}").get("callId");
      if (moment != Moment.FIRST_WORDS) {
        openAi.enqueue(ChatScript.text("Thanks, Dana. ", "What can I do for you?"));
        say(api, call, INTRO);
      }
      if (moment == Moment.AFTER_A_TOOL_REQUEST) {
        // OpenAI asks for a tool, the tool runs, then the follow-up request meets the fault.
        openAi.enqueue(ChatScript.toolCall("call_1", "note_details", "{\"callbackNumber\": \"+12175550123\"}"));
        openAi.faultPlan().afterHealthy(1, "/v1/chat", fault);
      } else {
        openAi.faultPlan().always("/v1/chat", fault);
      }
      openAi.enqueue(ChatScript.text("Let me check on that for you right now. ", "One moment please."));
      xai.enqueue(ChatScript.text("I'm still here, Dana. ", "Go ahead."));
      if (xaiToo) {
        xai.faultPlan().always("/v1/chat", fault);
      }
      String first = moment == Moment.FIRST_WORDS ? INTRO + " Are you still there?" : "Are you still there?";
      long start = System.nanoTime();
      Map<String, Object> turn = say(api, call, first);
      Duration took = Duration.ofNanos(System.nanoTime() - start);

      assertThat(took).as("answered within the silence budget").isLessThan(SILENCE_BUDGET);
      assertThat(turn.get("ended")).isEqualTo(false);
      assertThat(replies(turn)).as("the caller hears an answer").isNotEmpty();
      String answeredBy = (String) lastModel(turn).get("model");
      // A stall spends the whole failover budget on OpenAI: the offline engine answers, not a second remote model.
      // Otherwise xAI answers, unless a busy machine spent the budget on OpenAI's retry first.
      boolean offline = xaiToo || fault instanceof VendorFault.Latency;
      assertThat(answeredBy).isIn(offline ? List.of("offline") : List.of("xai:grok-3-mini", "offline"));
      if (answeredBy.startsWith("xai")) {
        assertThat(xai.lastRequest().body().toString()).as("memory reached xAI").contains("Dana Whitfield");
      }
      if (moment == Moment.AFTER_A_TOOL_REQUEST) {
        assertThat(tools(turn)).as("the tool ran once, before the fault").containsExactly("note_details");
      }
      openAi.faultPlan().clear();
      openAi.enqueue(ChatScript.text("Yes, Dana, unit 4B."));
      say(api, call, "Do you know who I am?");
      assertThat(openAi.lastRequest().body().toString()).as("memory intact after the failover")
          .contains(INTRO, "Are you still there?");
    }
  }

  private Server start(FakeOpenAiServer openAi, FakeOpenAiServer xai) {
    Map<String, String> env = new HashMap<>(Map.of("DATA_DIR", dataDir.toString(), "ADMIN_TOKEN", ApiFixture.TOKEN,
        "OPENAI_API_KEY", "sk-test", "OPENAI_BASE_URL", openAi.baseUrl().toString(),
        "XAI_API_KEY", "xai-test", "XAI_BASE_URL", xai.baseUrl().toString()));
    return Server.start(Wiring.open(app.chris.app.config.AppConfig.fromEnv(env), OFFLINE,
        Clock.systemUTC()), 0);
  }

  private static Map<String, Object> say(ApiClient api, String call, String text) throws Exception {
    return api.post("/api/test-calls/" + call + "/turns", "{\"text\": \"" + text + "\"}");
  }

  @SuppressWarnings("unchecked")
  private static List<String> replies(Map<String, Object> turn) {
    return ((List<String>) turn.get("replies")).stream().filter(r -> !r.isBlank()).toList();
  }

  private static List<Object> tools(Map<String, Object> turn) {
    return ApiFixture.objects(turn.get("events")).stream().filter(e -> "tool".equals(e.get("type")))
        .map(e -> e.get("name")).toList();
  }

  private static Map<String, Object> lastModel(Map<String, Object> turn) {
    List<Map<String, Object>> models = ApiFixture.objects(turn.get("events")).stream()
        .filter(e -> "model".equals(e.get("type"))).toList();
    assertThat(models).isNotEmpty();
    return models.get(models.size() - 1);
  }
}
