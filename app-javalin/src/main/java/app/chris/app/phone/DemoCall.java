package app.chris.app.phone;

import app.chris.app.AppContext;
import app.chris.app.Server;
import app.chris.app.Stores;
import app.chris.app.VendorHttp;
import app.chris.app.config.AppConfig;
import app.chris.core.port.CallId;
import app.chris.core.port.CallRecord;
import app.chris.core.port.LanguageModel;
import app.chris.core.port.SpeechSynthesizer;
import app.chris.core.port.TranscriptLine;
import app.chris.testkit.InMemoryCallLog;
import app.chris.testkit.elevenlabs.FakeElevenLabsServer;
import app.chris.testkit.openai.FakeRealtimeServer;
import app.chris.testkit.twilio.FakeTwilioRestServer;
import app.chris.testkit.twilio.SimulatedCall;
import app.chris.testkit.twilio.SimulatedTwilioCaller;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code chris.jar demo-call}: the whole phone path on this machine with no account. Fake Twilio and OpenAI
 * Realtime and ElevenLabs servers, the real server and conversation engine; a simulated caller reports a leak.
 * Prints the transcript with per-turn latency; the exit code is 0 only if the call completed and was recorded.
 */
public final class DemoCall {
  static final String ACCOUNT = "AC0000000000000000000000000000demo";
  static final String AUTH_TOKEN = "demo-auth-token";
  static final String PUBLIC_URL = "https://chris-demo.invalid";
  static final String CALL_SID = "CA00000000000000000000000000000demo";
  static final List<String> CALLER_SAYS = List.of(
      "Hi, this is Ana Ruiz at 120 Maple Court, apartment 1A. My kitchen faucet keeps dripping.",
      "Yes, that's right.",
      "Yes, you can go in if I'm not home.",
      "No, that's everything, thank you!");
  private static final Duration WAIT = Duration.ofSeconds(20);

  private final PrintStream out;
  private final LanguageModel model;
  private final Optional<SpeechSynthesizer> voice;

  public DemoCall(PrintStream out, LanguageModel model) {
    this(out, model, Optional.empty());
  }

  /** {@code voice} replaces the fake-ElevenLabs voice (tests use a faster canned one; playback is real time). */
  DemoCall(PrintStream out, LanguageModel model, Optional<SpeechSynthesizer> voice) {
    this.out = out;
    this.model = model;
    this.voice = voice;
  }

  /** Runs the call; returns the process exit code. */
  public int run() {
    try (FakeTwilioRestServer twilio = FakeTwilioRestServer.start(ACCOUNT, AUTH_TOKEN);
        FakeRealtimeServer realtime = FakeRealtimeServer.start();
        FakeElevenLabsServer elevenLabs = FakeElevenLabsServer.start()) {
      AppConfig config = AppConfig.fromEnv(Map.of("PUBLIC_BASE_URL", PUBLIC_URL, "TWILIO_ACCOUNT_SID", ACCOUNT,
          "TWILIO_AUTH_TOKEN", AUTH_TOKEN, "TWILIO_API_BASE_URL", twilio.baseUrl().toString(),
          "OPENAI_API_KEY", "sk-demo", "OPENAI_BASE_URL", realtime.baseUrl().toString(),
          "ELEVENLABS_API_KEY", "el-demo", "ELEVENLABS_BASE_URL", elevenLabs.baseUrl().toString(),
          "DATA_DIR", Files.createTempDirectory("chris-demo-").toString()));
      InMemoryCallLog callLog = InMemoryCallLog.withOwnOutbox(Clock.systemUTC());
      AppContext context = AppContext.create(config, Stores.inMemoryDemo(callLog, Clock.systemUTC()), model,
          Clock.systemUTC(), () -> {}, edges(config));
      try (Server server = Server.start(context, 0); SimulatedTwilioCaller caller = caller(server)) {
        awaitReady(server); // as Twilio would only be pointed at a warmed server: the greeting plays from cache
        List<DemoTurn> turns = converse(caller, realtime, context.phone());
        caller.hangUp();
        CallId id = new CallId("c_" + CALL_SID);
        caller.await(c -> callLog.find(id).filter(CallRecord::ended).isPresent(), WAIT);
        return report(callLog.find(id), turns);
      }
    } catch (RuntimeException | IOException e) {
      out.println("demo call failed: " + e);
      return 1;
    }
  }

  private static void awaitReady(Server server) {
    HttpClient http = HttpClient.newHttpClient();
    HttpRequest ready = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/ready")).build();
    long end = System.nanoTime() + WAIT.toNanos();
    try {
      while (http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() != 200 && System.nanoTime() < end) {
        Thread.sleep(50);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private List<DemoTurn> converse(SimulatedTwilioCaller caller, FakeRealtimeServer realtime, PhoneLine phone) {
    caller.connect(caller.dial());
    if (!caller.await(c -> c.audioBytes() > 0, WAIT) || realtime.awaitEvent("session.update", WAIT).isEmpty()) {
      throw new IllegalStateException("no greeting or no ears");
    }
    awaitQuiet(caller, phone);
    List<DemoTurn> turns = new ArrayList<>();
    for (String line : CALLER_SAYS) {
      long before = caller.audioBytes();
      long start = System.nanoTime();
      realtime.callerSays(line);
      boolean answered = caller.await(c -> c.audioBytes() > before || c.closed(), WAIT) && !caller.closed();
      turns.add(new DemoTurn(line, answered
          ? Optional.of((System.nanoTime() - start) / 1_000_000) : Optional.empty()));
      awaitQuiet(caller, phone);
    }
    return turns;
  }

  /** Waits until Chris has finished the turn: no work queued, all audio confirmed played, nothing new for a moment. */
  private static void awaitQuiet(SimulatedTwilioCaller caller, PhoneLine phone) {
    long[] last = {-1};
    caller.await(c -> {
      boolean quiet = phone.calls.find(CALL_SID).map(call -> !call.busy() && !call.speaking()).orElse(true);
      long now = c.audioBytes();
      boolean settled = quiet && now == last[0];
      last[0] = now;
      return settled;
    }, WAIT);
  }

  private int report(Optional<CallRecord> record, List<DemoTurn> turns) {
    if (record.isEmpty() || !record.get().ended()) {
      out.println("demo call FAILED: no completed call record");
      return 1;
    }
    out.println("Demo call " + record.get().id() + " (" + record.get().from().map(Object::toString).orElse("?")
        + "), outcome " + record.get().outcome().map(Object::toString).orElse("none"));
    int turn = -1;
    for (TranscriptLine line : record.get().transcript()) {
      boolean caller = line.speaker() == app.chris.core.port.Speaker.CALLER;
      turn += caller ? 1 : 0;
      String latency = caller && turn < turns.size() ? "   [first audio " + turns.get(turn).latency() + "]" : "";
      out.println((caller ? "  caller: " : "  chris:  ") + line.text() + latency);
    }
    boolean allAnswered = turns.stream().allMatch(t -> t.firstAudioMillis().isPresent());
    out.println(allAnswered ? "Call completed." : "demo call FAILED: a turn got no answer");
    return allAnswered ? 0 : 1;
  }

  private PhoneEdges edges(AppConfig config) {
    PhoneEdges configured = PhoneEdges.fromConfig(config, VendorHttp.client());
    return voice.isEmpty() ? configured : new PhoneEdges(voice, configured.ears());
  }

  private static SimulatedTwilioCaller caller(Server server) {
    return new SimulatedTwilioCaller(new SimulatedCall(URI.create("http://127.0.0.1:" + server.port()), PUBLIC_URL,
        new SimulatedCall.TwilioAccount(ACCOUNT, AUTH_TOKEN), CALL_SID, "+12175550101", "+12175550100"));
  }
}
