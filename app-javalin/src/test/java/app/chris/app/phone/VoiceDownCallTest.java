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
import app.chris.core.port.Prompt;
import app.chris.core.port.TextStream;
import app.chris.core.port.TranscriptLine;
import app.chris.testkit.InMemoryCallLog;
import app.chris.testkit.InMemoryKnowledgeStore;
import app.chris.testkit.InMemoryOutbox;
import app.chris.testkit.InMemoryPortfolio;
import app.chris.testkit.InMemoryServiceDesk;
import app.chris.testkit.MutableClock;
import app.chris.testkit.elevenlabs.FakeElevenLabsServer;
import app.chris.testkit.openai.FakeRealtimeServer;
import app.chris.testkit.twilio.FakeTwilioRestServer;
import app.chris.testkit.twilio.RecordedCallUpdate;
import app.chris.testkit.twilio.SimulatedCall;
import app.chris.testkit.twilio.SimulatedTwilioCaller;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * ElevenLabs goes away entirely after the warm-up (connections refused, on the socket and over HTTP): the caller
 * still hears Chris (greeting and apology from the phrase cache) and is put through to the office.
 */
class VoiceDownCallTest {
  private static final Duration WAIT = Duration.ofSeconds(30);
  private static final String ACCOUNT = PhoneFixture.ACCOUNT;
  private static final String OFFICE = "+12175550100";

  @TempDir Path dataDir;

  @Test
  void givenElevenLabsGoneAfterWarmUp_whenChrisCannotVoiceHisReply_thenCachedLinesPlayAndTheOfficeGetsTheCall()
      throws Exception {
    MutableClock clock = MutableClock.startingNow();
    InMemoryOutbox outbox = new InMemoryOutbox(clock);
    InMemoryCallLog callLog = new InMemoryCallLog(outbox);
    InMemoryPortfolio portfolio = InMemoryPortfolio.demo();
    try (FakeTwilioRestServer twilio = FakeTwilioRestServer.start(ACCOUNT, PhoneFixture.AUTH_TOKEN);
        FakeRealtimeServer realtime = FakeRealtimeServer.start()) {
      FakeElevenLabsServer elevenLabs = FakeElevenLabsServer.start();
      AppConfig config = AppConfig.fromEnv(Map.of("PUBLIC_BASE_URL", PhoneFixture.PUBLIC_URL, "DATA_DIR",
          dataDir.toString(), "TWILIO_ACCOUNT_SID", ACCOUNT, "TWILIO_AUTH_TOKEN", PhoneFixture.AUTH_TOKEN,
          "TWILIO_API_BASE_URL", twilio.baseUrl().toString(), "OPENAI_API_KEY", "sk-test", "OPENAI_BASE_URL",
          realtime.baseUrl().toString(), "ELEVENLABS_API_KEY", "el-test", "ELEVENLABS_BASE_URL",
          elevenLabs.baseUrl().toString()));
      Stores stores = new Stores(portfolio, portfolio, new InMemoryKnowledgeStore(clock),
          new InMemoryServiceDesk(clock, outbox), callLog, outbox);
      AppContext context = AppContext.create(config, stores, new Echo(), clock, () -> {},
          PhoneEdges.fromConfig(config, new OkHttpClient()));
      try (Server server = Server.start(context, 0); SimulatedTwilioCaller caller = new SimulatedTwilioCaller(
          new SimulatedCall(URI.create("http://127.0.0.1:" + server.port()), PhoneFixture.PUBLIC_URL,
              new SimulatedCall.TwilioAccount(ACCOUNT, PhoneFixture.AUTH_TOKEN), "CA" + "7".repeat(32),
              "+13125550188", OFFICE))) {
        assertThat(awaitReady(server)).as("voice warmed").isEqualTo(200);
        elevenLabs.dropSockets(); // ElevenLabs is gone: the open socket breaks and every new socket and HTTP
        elevenLabs.close();       // connection is refused from now on

        caller.connect(caller.dial());
        assertThat(caller.await(c -> c.events("echo").size() >= 2, WAIT)).as("cached greeting heard").isTrue();
        long greeting = caller.audioBytes();
        realtime.emit("{\"type\":\"conversation.item.input_audio_transcription.completed\",\"item_id\":\"i1\","
            + "\"content_index\":0,\"transcript\":\"When is the pool open?\"}");

        assertThat(caller.await(c -> !twilio.callUpdates().isEmpty(), WAIT)).as("handed to the office").isTrue();
        assertThat(caller.audioBytes()).as("the apology played from the cache").isGreaterThan(greeting);
        RecordedCallUpdate transfer = twilio.callUpdates().get(0);
        assertThat(transfer.callSid()).isEqualTo(caller.callSid());
        assertThat(transfer.twiml()).hasValueSatisfying(t -> assertThat(t).contains("<Dial").contains(OFFICE));
        CallId id = new CallId("c_" + caller.callSid());
        assertThat(caller.await(c -> callLog.find(id).filter(CallRecord::ended).isPresent(), WAIT)).isTrue();
        CallRecord record = callLog.find(id).orElseThrow();
        assertThat(record.outcome()).contains(Outcome.TRANSFER);
        assertThat(record.transcript()).extracting(TranscriptLine::text)
            .contains("I'm sorry, I'm having trouble with my line.");
      }
    }
  }

  private static int awaitReady(Server server) throws IOException, InterruptedException {
    HttpClient http = HttpClient.newHttpClient();
    HttpRequest ready = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/ready")).build();
    long end = System.nanoTime() + WAIT.toNanos();
    int status = http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode();
    while (status != 200 && System.nanoTime() < end) {
      status = http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode();
    }
    return status;
  }

  /** Answers every caller line with "You said: ...". */
  private static final class Echo implements LanguageModel {
    @Override
    public String name() {
      return "echo";
    }

    @Override
    public ModelReply complete(Prompt prompt, TextStream stream) {
      return new ModelReply.Text("You said: " + prompt.memory().recent().get(prompt.memory().recent().size() - 1)
          .text());
    }
  }
}
