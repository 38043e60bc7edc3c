package app.chris.app.phone;

import app.chris.app.AppContext;
import app.chris.app.EchoModel;
import app.chris.app.Server;
import app.chris.app.Stores;
import app.chris.app.config.AppConfig;
import app.chris.core.port.LanguageModel;
import app.chris.core.routing.ModelLineup;
import app.chris.testkit.InMemoryCallLog;
import app.chris.testkit.InMemoryKnowledgeStore;
import app.chris.testkit.InMemoryOutbox;
import app.chris.testkit.InMemoryPortfolio;
import app.chris.testkit.InMemoryServiceDesk;
import app.chris.testkit.MutableClock;
import app.chris.testkit.openai.FakeRealtimeServer;
import app.chris.testkit.twilio.FakeTwilioRestServer;
import app.chris.testkit.twilio.SimulatedCall;
import app.chris.testkit.twilio.SimulatedTwilioCaller;
import app.chris.testkit.voice.CannedSpeechSynthesizer;
import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.OkHttpClient;

/**
 * A real server wired to local fakes only: Twilio REST, OpenAI Realtime (the ears) and a canned voice (20 ms of
 * audio per character); in-memory stores and a model that echoes the caller. Places simulated calls.
 */
final class PhoneFixture implements AutoCloseable {
  static final String ACCOUNT = "AC00000000000000000000000000000001";
  static final String AUTH_TOKEN = "twilio-test-auth-token";
  static final String PUBLIC_URL = "https://chris.example.test";
  static final String CALLER = "+12175550101";

  final FakeTwilioRestServer twilio = FakeTwilioRestServer.start(ACCOUNT, AUTH_TOKEN);
  final FakeRealtimeServer realtime = FakeRealtimeServer.start();
  final CannedSpeechSynthesizer voice;
  final MutableClock clock = MutableClock.startingNow();
  final InMemoryOutbox outbox = new InMemoryOutbox(clock);
  final InMemoryCallLog callLog = new InMemoryCallLog(outbox);
  final Stores stores;
  final AppContext context;
  final Server server;
  private final AtomicInteger calls = new AtomicInteger();

  PhoneFixture(boolean twilioConfigured) {
    this(twilioConfigured, new EchoModel(), Duration.ofMillis(20), Map.of());
  }

  /** The echo model, quick canned audio (2 ms per character) and extra environment. */
  PhoneFixture(Map<String, String> extraEnv) {
    this(true, new EchoModel(), Duration.ofMillis(2), extraEnv);
  }

  /** With another model, {@code perCharacter} of canned audio per character said, and extra environment. */
  PhoneFixture(boolean twilioConfigured, LanguageModel model, Duration perCharacter, Map<String, String> extraEnv) {
    this(twilioConfigured, ModelLineup.only(model), perCharacter, extraEnv);
  }

  /** With a whole model lineup (remote models, then the last resort). */
  PhoneFixture(boolean twilioConfigured, ModelLineup models, Duration perCharacter, Map<String, String> extraEnv) {
    voice = new CannedSpeechSynthesizer(perCharacter, Runnable::run);
    Map<String, String> env = new HashMap<>(Map.of("ADMIN_TOKEN", "phone-test-admin", "PUBLIC_BASE_URL", PUBLIC_URL,
        "OPENAI_API_KEY", "sk-test", "OPENAI_BASE_URL", realtime.baseUrl().toString()));
    if (twilioConfigured) {
      env.putAll(Map.of("TWILIO_ACCOUNT_SID", ACCOUNT, "TWILIO_AUTH_TOKEN", AUTH_TOKEN,
          "TWILIO_API_BASE_URL", twilio.baseUrl().toString()));
    }
    env.putAll(extraEnv);
    AppConfig config = AppConfig.fromEnv(env);
    InMemoryPortfolio portfolio = InMemoryPortfolio.demo();
    stores = new Stores(portfolio, portfolio, new InMemoryKnowledgeStore(clock),
        new InMemoryServiceDesk(clock, outbox), callLog, outbox);
    PhoneEdges edges = new PhoneEdges(Optional.of(voice), PhoneEdges.fromConfig(config, new OkHttpClient()).ears());
    context = AppContext.create(config, stores, models, clock, () -> {}, edges);
    server = Server.start(context, 0);
  }

  SimulatedTwilioCaller caller() {
    return caller(String.format("CA%032d", calls.incrementAndGet()));
  }

  SimulatedTwilioCaller caller(String sid) {
    return new SimulatedTwilioCaller(new SimulatedCall(URI.create("http://127.0.0.1:" + server.port()), PUBLIC_URL,
        new SimulatedCall.TwilioAccount(ACCOUNT, AUTH_TOKEN), sid, CALLER, "+12175550100"));
  }

  /** The server's view: is Chris still talking (audio unconfirmed) on this call? */
  boolean serverSpeaking(String callSid) {
    return context.phone().calls.find(callSid).map(PhoneCall::speaking).orElse(false);
  }

  @Override
  public void close() {
    server.stop();
    realtime.close();
    twilio.close();
  }
}
