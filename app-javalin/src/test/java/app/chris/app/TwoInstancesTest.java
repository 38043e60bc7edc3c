package app.chris.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import app.chris.adapters.elevenlabs.ElevenLabsSettings;
import app.chris.adapters.jdbi.Database;
import app.chris.adapters.jdbi.JdbiOutbox;
import app.chris.adapters.twilio.PhraseLinks;
import app.chris.adapters.twilio.PublicUrls;
import app.chris.app.config.AppConfig;
import app.chris.core.port.Effect;
import app.chris.core.port.Notice;
import app.chris.core.port.OutboxMessage;
import app.chris.core.speech.Speech;
import app.chris.core.voice.PhraseKeys;
import app.chris.testkit.elevenlabs.FakeElevenLabsServer;
import app.chris.testkit.sendgrid.FakeSendGridServer;
import app.chris.testkit.twilio.FakeTwilioRestServer;
import app.chris.testkit.twilio.SimulatedCall;
import app.chris.testkit.twilio.SimulatedTwilioCaller;
import app.chris.testkit.twilio.TwimlAnswer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two Chris servers in one JVM on one PostgreSQL (a fresh schema per run), as behind a load balancer: each built by
 * {@link Wiring} exactly as {@code serve} does. Skipped, with the reason printed, unless CHRIS_TEST_POSTGRES_URL.
 */
class TwoInstancesTest {
  static final String POSTGRES_ENV = "CHRIS_TEST_POSTGRES_URL";
  static final String ACCOUNT = "AC00000000000000000000000000000002";
  static final String AUTH_TOKEN = "two-instances-auth-token";
  static final String PUBLIC_URL = "https://chris.example.test";
  static final Duration WAIT = Duration.ofSeconds(30);

  private String adminUrl;
  private String schema;
  private FakeTwilioRestServer twilio;
  private FakeElevenLabsServer voice;
  private FakeSendGridServer email;
  private Instance a;
  private Instance b;
  private Database shared;
  private JdbiOutbox outbox;
  private final Map<String, Path> dataDirs = new HashMap<>();

  @BeforeEach
  void startTwoInstances() throws Exception {
    adminUrl = System.getenv(POSTGRES_ENV);
    if (adminUrl == null || adminUrl.isBlank()) {
      String reason = POSTGRES_ENV + " is not set, so the two-instance test is skipped (e.g. " + POSTGRES_ENV
          + "=jdbc:postgresql://127.0.0.1:5432/test?user=postgres)";
      System.out.println("TwoInstancesTest: " + reason);
      assumeTrue(false, reason);
    }
    schema = "chris_two_" + UUID.randomUUID().toString().replace("-", "");
    execute("CREATE SCHEMA " + schema);
    twilio = FakeTwilioRestServer.start(ACCOUNT, AUTH_TOKEN);
    voice = FakeElevenLabsServer.start();
    email = FakeSendGridServer.start("sg-test");
    a = Instance.start(env("a"));
    b = Instance.start(env("b"));
    // What a third process (or either instance) would do: write rows to the shared outbox.
    shared = Database.open(Wiring.settings(AppConfig.fromEnv(env("tools")).database()));
    outbox = new JdbiOutbox(shared, Clock.systemUTC());
  }

  @AfterEach
  void stopEverything() throws Exception {
    for (AutoCloseable c : new AutoCloseable[] {a, b, shared, twilio, voice, email}) {
      if (c != null) {
        c.close();
      }
    }
    if (schema != null) {
      execute("DROP SCHEMA " + schema + " CASCADE");
    }
  }

  @Test
  void givenTheWebhookAnsweredByOneInstance_theMediaSocketOnTheOther_completesTheCall() {
    String sid = "CA" + UUID.randomUUID().toString().replace("-", "");
    try (SimulatedTwilioCaller ringing = a.caller(sid); SimulatedTwilioCaller streaming = b.caller(sid)) {
      TwimlAnswer answer = ringing.dial();
      assertThat(answer.connectsStream()).as(answer.body()).isTrue();

      streaming.connect(answer);
      assertThat(streaming.await(c -> c.audioBytes() > 0, WAIT)).as("greeting heard through B").isTrue();
      assertThat(b.context.phone().liveCalls()).isEqualTo(1);
      assertThat(a.context.phone().liveCalls()).isZero();
      long greeting = streaming.audioBytes();
      streaming.press("0");
      assertThat(streaming.await(c -> c.audioBytes() > greeting || c.closed(), WAIT)).isTrue();
      streaming.hangUp();

      String callId = "c_" + sid;
      assertThat(await(() -> a.get("/api/calls/" + callId).contains("\"endedAt\":\"")))
          .as("A serves the call B recorded").isTrue();
      assertThat(a.get("/api/calls/" + callId)).contains("\"from\":\"+12175550101\"");
      assertThat(await(() -> mailsWithKey(callId + ":transcript") >= 1)).as("transcript emailed").isTrue();
    }
  }

  @Test
  void givenTheTokenRedeemedOnOneInstance_aReplayOnTheOtherIsRefused() {
    String sid = "CA" + UUID.randomUUID().toString().replace("-", "");
    try (SimulatedTwilioCaller ringing = a.caller(sid); SimulatedTwilioCaller first = b.caller(sid);
        SimulatedTwilioCaller replay = a.caller(sid)) {
      TwimlAnswer answer = ringing.dial();
      first.connect(answer);
      assertThat(first.await(c -> c.audioBytes() > 0, WAIT)).isTrue();

      replay.connect(answer);

      assertThat(replay.await(SimulatedTwilioCaller::closed, WAIT)).isTrue();
      assertThat(replay.audioBytes()).isZero();
      assertThat(a.context.phone().liveCalls()).isZero();
    }
  }

  @Test
  void givenBothOutboxWorkersRunning_everyEmailIsSentExactlyOnce() {
    int alerts = 40;
    for (int i = 0; i < alerts; i++) {
      outbox.enqueue(new OutboxMessage("alert-" + i, Optional.empty(), new Effect.Email(new Notice.UrgentAlert(
          List.of("office@lakeside.example"), "Alert " + i, "Water in the basement of building " + i,
          Optional.empty()))));
    }

    assertThat(await(() -> email.received().size() >= alerts && outbox.stats().pending() == 0)).isTrue();
    List<String> keys = email.received().stream().map(m -> m.customArg("idempotency_key").orElse("?")).toList();
    assertThat(keys).hasSize(alerts).doesNotHaveDuplicates().allMatch(k -> k.startsWith("alert-"));
  }

  private long mailsWithKey(String key) {
    return email.received().stream().filter(m -> m.customArg("idempotency_key").equals(Optional.of(key))).count();
  }

  @Test
  void givenALineInOneInstancesPhraseCache_itsPhraseLinkIsServedByTheOtherFromItsOwnCache() throws Exception {
    String line = Speech.holdPhrases().get(0); // a fixed line: both instances warm it
    app.chris.app.config.ElevenLabsSettings el = AppConfig.fromEnv(env("key")).vendors().elevenLabs().orElseThrow();
    String id = PhraseKeys.of(ElevenLabsSettings.of(el.baseUrl(), el.apiKey(), el.voiceId()).withModel(el.model())
        .voiceKey(), line);
    assertThat(await(() -> Files.exists(dataDirs.get("a").resolve("phrases").resolve(id + ".phrase"))))
        .as("A's phrase cache names the line by the id").isTrue();
    PhraseLinks links = PhraseLinks.forAuthToken(AUTH_TOKEN, Clock.systemUTC()); // as either instance signs
    String link = links.url(PublicUrls.of(PUBLIC_URL), id).substring(PUBLIC_URL.length());

    HttpResponse<byte[]> fromB = fetch(b, link);

    assertThat(fromB.statusCode()).isEqualTo(200);
    assertThat(new String(fromB.body(), 0, 4, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("RIFF");
    assertThat(fromB.body()).isEqualTo(fetch(a, link).body());
    String unknown = links.url(PublicUrls.of(PUBLIC_URL), "0".repeat(id.length())).substring(PUBLIC_URL.length());
    assertThat(fetch(b, unknown).statusCode()).as("signed, but no line B knows").isEqualTo(404);
  }

  private static HttpResponse<byte[]> fetch(Instance instance, String path) throws Exception {
    return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(instance.server.baseUrl() + path))
        .build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  private Map<String, String> env(String name) throws Exception {
    Path dataDir = Files.createTempDirectory("chris-two-" + name + "-");
    dataDirs.put(name, dataDir);
    Map<String, String> env = new HashMap<>();
    env.put("DATA_DIR", dataDir.toString());
    env.put("DATABASE_URL", adminUrl + (adminUrl.contains("?") ? "&" : "?") + "currentSchema=" + schema);
    env.put("ADMIN_TOKEN", "two-instances-admin");
    env.put("PUBLIC_BASE_URL", PUBLIC_URL);
    env.put("TWILIO_ACCOUNT_SID", ACCOUNT);
    env.put("TWILIO_AUTH_TOKEN", AUTH_TOKEN);
    env.put("TWILIO_API_BASE_URL", twilio.baseUrl().toString());
    env.put("ELEVENLABS_API_KEY", "el-test");
    env.put("ELEVENLABS_BASE_URL", voice.baseUrl().toString());
    env.put("SENDGRID_API_KEY", "sg-test");
    env.put("SENDGRID_FROM", "chris@lakeside.example");
    env.put("SENDGRID_HOST", email.baseUri().toString());
    return env;
  }

  private void execute(String sql) throws SQLException {
    try (Connection c = DriverManager.getConnection(adminUrl); Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }

  static boolean await(BooleanSupplier condition) {
    long end = System.nanoTime() + WAIT.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > end) {
        return false;
      }
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return false;
      }
    }
    return true;
  }
}
