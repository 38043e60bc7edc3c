package app.chris.app.phone;

import static org.assertj.core.api.Assertions.assertThat;

import app.chris.app.AppContext;
import app.chris.app.Server;
import app.chris.app.Stores;
import app.chris.app.config.AppConfig;
import app.chris.core.port.CallId;
import app.chris.core.port.CallRecord;
import app.chris.core.port.LanguageModel;
import app.chris.core.port.ModelReply;
import app.chris.core.port.Outcome;
import app.chris.core.port.ServiceRequest;
import app.chris.core.port.TranscriptLine;
import app.chris.testkit.InMemoryCallLog;
import app.chris.testkit.InMemoryKnowledgeStore;
import app.chris.testkit.InMemoryPortfolio;
import app.chris.testkit.InMemoryServiceDesk;
import app.chris.testkit.elevenlabs.FakeElevenLabsServer;
import app.chris.testkit.openai.ChatScript;
import app.chris.testkit.openai.FakeOpenAiServer;
import app.chris.testkit.openai.FakeRealtimeServer;
import app.chris.testkit.twilio.FakeTwilioRestServer;
import app.chris.testkit.twilio.SimulatedCall;
import app.chris.testkit.twilio.SimulatedTwilioCaller;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A whole maintenance call over the production wiring, with every vendor a local fake speaking its real protocol:
 * Twilio (webhooks and media stream), OpenAI (Realtime ears and streamed chat with tools) and ElevenLabs (voice).
 */
class PhoneMaintenanceCallTest {
  private static final Duration WAIT = Duration.ofSeconds(15);
  private static final String ACCOUNT = "AC00000000000000000000000000000077";
  private static final String TOKEN = "maintenance-call-auth-token";
  private static final String PUBLIC_URL = "https://chris.example.test";
  private static final String SID = "CA00000000000000000000000000000077";
  private static final String ASK_ADDRESS = "What's the address, including the unit number?";

  @Test
  void givenACallerWithADrippingFaucet_whenTheyCall_thenTheRequestIsFiledThroughTheFakeOpenAiAndVoiceServers() {
    Clock clock = Clock.systemUTC();
    InMemoryCallLog callLog = InMemoryCallLog.withOwnOutbox(clock);
    InMemoryServiceDesk desk = new InMemoryServiceDesk(clock, callLog.outbox());
    InMemoryPortfolio portfolio = InMemoryPortfolio.demo();
    try (FakeTwilioRestServer twilio = FakeTwilioRestServer.start(ACCOUNT, TOKEN);
        FakeOpenAiServer openAi = FakeOpenAiServer.start();
        FakeElevenLabsServer elevenLabs = FakeElevenLabsServer.start()) {
      elevenLabs.script().bytesPerCharacter(16); // 2 ms of audio per character: playback is real time
      openAi.enqueue(chatScript());
      AppConfig config = AppConfig.fromEnv(Map.of("PUBLIC_BASE_URL", PUBLIC_URL, "TWILIO_ACCOUNT_SID", ACCOUNT,
          "TWILIO_AUTH_TOKEN", TOKEN, "TWILIO_API_BASE_URL", twilio.baseUrl().toString(),
          "OPENAI_API_KEY", "sk-test", "OPENAI_BASE_URL", openAi.baseUrl().toString(),
          "ELEVENLABS_API_KEY", "el-test", "ELEVENLABS_BASE_URL", elevenLabs.baseUrl().toString()));
      Stores stores = new Stores(portfolio, portfolio, new InMemoryKnowledgeStore(clock), desk, callLog,
          callLog.outbox());
      AppContext context = AppContext.create(config, stores, new NoOfflineFallback(), clock, () -> {});
      try (Server server = Server.start(context, 0); SimulatedTwilioCaller caller = caller(server)) {
        caller.connect(caller.dial());
        FakeRealtimeServer ears = openAi.realtime();
        awaitQuiet(caller, context);

        say(caller, context, ears, "Hi, this is Ana Ruiz. My kitchen faucet keeps dripping.");
        assertThat(silenceMillis(ears, 1)).as("a longer pause is allowed while the address is given").isEqualTo(1200);
        say(caller, context, ears, "120 Maple Court, apartment 1A.");
        assertThat(silenceMillis(ears, 2)).as("back to normal after the address").isEqualTo(500);
        say(caller, context, ears, "Yes, that's right.");
        say(caller, context, ears, "Yes, you can go in if I'm not home.");
        ears.callerSays("No, that's everything, thank you!");

        CallId id = new CallId("c_" + SID);
        assertThat(caller.await(c -> callLog.find(id).filter(CallRecord::ended).isPresent(), WAIT))
            .as("Chris says goodbye and ends the call").isTrue();
        List<ServiceRequest> filed = desk.recent(10);
        assertThat(filed).hasSize(1);
        assertThat(filed.get(0).description()).containsIgnoringCase("faucet");
        assertThat(filed.get(0).unitId()).isPresent();
        CallRecord record = callLog.find(id).orElseThrow();
        assertThat(record.outcome()).contains(Outcome.SERVICE_REQUEST);
        assertThat(record.transcript()).extracting(TranscriptLine::text)
            .contains("Hi, this is Ana Ruiz. My kitchen faucet keeps dripping.", ASK_ADDRESS)
            .noneMatch(line -> line.contains(NoOfflineFallback.WORDS));
        assertThat(openAi.requests()).as("every turn went to the OpenAI chat model").hasSize(9);
        assertThat(ears.autoResponses()).isZero();
      }
    }
  }

  /** What gpt-4.1-mini would stream, turn by turn: tool calls, then words built on the tools' results. */
  private static ChatScript[] chatScript() {
    return new ChatScript[] {
        ChatScript.toolCall("call_1", "create_service_request", "{\"category\":\"plumbing\",",
            "\"description\":\"kitchen faucet keeps dripping\",\"priority\":\"normal\"}"),
        ChatScript.text("I'm sorry to hear that. ", "What's the address, including the unit number?"),
        ChatScript.toolCall("call_2", "note_details", "{\"callerName\":\"Ana Ruiz\",",
            "\"address\":\"120 Maple Court, apartment 1A\"}"),
        ChatScript.text("Let me read that back: your kitchen faucet keeps dripping, ",
            "at 120 Maple Court, unit 1A. Is that right?"),
        ChatScript.toolCall("call_3", "confirm", "{\"answer\":\"yes\"}"),
        ChatScript.text("And may our maintenance team enter if nobody's home?"),
        ChatScript.toolCall("call_4", "confirm", "{\"answer\":\"yes\"}"),
        ChatScript.text("Done, your request is in with maintenance. Is there anything else I can help with?"),
        ChatScript.toolCall("call_5", "confirm", "{\"answer\":\"no\"}")};
  }

  private static int silenceMillis(FakeRealtimeServer ears, int update) {
    List<JsonNode> updates = ears.awaitEvents("session.update", update + 1, WAIT);
    assertThat(updates).hasSizeGreaterThan(update);
    return updates.get(update).path("session").path("audio").path("input").path("turn_detection")
        .path("silence_duration_ms").asInt();
  }

  private static void say(SimulatedTwilioCaller caller, AppContext context, FakeRealtimeServer ears, String line) {
    long before = caller.audioBytes();
    ears.callerSays(line);
    assertThat(caller.await(c -> c.audioBytes() > before, WAIT)).as("Chris answers: %s", line).isTrue();
    awaitQuiet(caller, context);
  }

  private static void awaitQuiet(SimulatedTwilioCaller caller, AppContext context) {
    assertThat(caller.await(c -> c.audioBytes() > 0 && context.phone().calls.find(SID)
        .map(call -> !call.busy() && !call.speaking()).orElse(false), WAIT)).as("Chris finished the turn").isTrue();
  }

  private static SimulatedTwilioCaller caller(Server server) {
    return new SimulatedTwilioCaller(new SimulatedCall(URI.create("http://127.0.0.1:" + server.port()), PUBLIC_URL,
        new SimulatedCall.TwilioAccount(ACCOUNT, TOKEN), SID, "+12175550101", "+12175550100"));
  }

  /** The last resort of the lineup; its words must never reach the caller in this call. */
  private static final class NoOfflineFallback implements LanguageModel {
    static final String WORDS = "offline fallback answered";

    @Override
    public String name() {
      return "offline";
    }

    @Override
    public ModelReply complete(app.chris.core.port.Prompt prompt, app.chris.core.port.TextStream stream) {
      return new ModelReply.Text(WORDS + ".");
    }
  }
}
