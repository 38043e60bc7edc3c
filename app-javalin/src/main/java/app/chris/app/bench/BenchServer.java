package app.chris.app.bench;

import app.chris.app.AppContext;
import app.chris.app.Server;
import app.chris.app.Stores;
import app.chris.app.VendorHttp;
import app.chris.app.config.AppConfig;
import app.chris.app.phone.PhoneEdges;
import app.chris.core.offline.OfflineLanguageModel;
import app.chris.testkit.InMemoryCallLog;
import app.chris.testkit.elevenlabs.FakeElevenLabsServer;
import app.chris.testkit.openai.FakeRealtimeServer;
import app.chris.testkit.twilio.FakeTwilioRestServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Chris on this machine with fake Twilio REST, OpenAI Realtime (the ears) and ElevenLabs: the fake voice answers
 * after the configured first-byte delay with stamped one-frame chunks, the model after its first-token delay. The
 * offline engine answers for the model (a cloud model would need scripted replies for every turn of every call);
 * the property data is the in-memory demo portfolio (the scripted questions never reach Rent Manager).
 */
final class BenchServer implements AutoCloseable {
  static final String ACCOUNT = "AC0000000000000000000000000000bench";
  static final String AUTH_TOKEN = "bench-auth-token";
  static final String PUBLIC_URL = "https://chris-bench.invalid";
  /** ElevenLabs streams faster than real time: here one 20 ms frame every 4 ms (5x) once calls run. */
  static final Duration STREAMING_PACE = Duration.ofMillis(4);
  private static final Pattern PHRASES_CACHED = Pattern.compile("\"phrasesCached\"\\s*:\\s*(\\d+)");
  private static final Pattern PHRASES_TOTAL = Pattern.compile("\"phrasesTotal\"\\s*:\\s*(\\d+)");

  final FakeTwilioRestServer twilio = FakeTwilioRestServer.start(ACCOUNT, AUTH_TOKEN);
  final FakeRealtimeServer realtime = FakeRealtimeServer.start().keepAudio(false);
  final FakeElevenLabsServer voice = FakeElevenLabsServer.start();
  final FrameStamps stamps = new FrameStamps();
  final InMemoryCallLog callLog = InMemoryCallLog.withOwnOutbox(Clock.systemUTC());
  final LatentModel model;
  private final Server server;
  private final long readyNanos;

  BenchServer(BenchSettings settings) throws IOException {
    voice.script().concurrent(true).chunkBytes(FrameStamps.FRAME_BYTES).firstByteDelay(settings.voiceFirstByte())
        .stamp(stamps);
    AppConfig config = AppConfig.fromEnv(Map.of("PUBLIC_BASE_URL", PUBLIC_URL, "TWILIO_ACCOUNT_SID", ACCOUNT,
        "TWILIO_AUTH_TOKEN", AUTH_TOKEN, "TWILIO_API_BASE_URL", twilio.baseUrl().toString(),
        "OPENAI_API_KEY", "sk-bench", "OPENAI_BASE_URL", realtime.baseUrl().toString(),
        "ELEVENLABS_API_KEY", "el-bench", "ELEVENLABS_BASE_URL", voice.baseUrl().toString(),
        "DATA_DIR", Files.createTempDirectory("chris-bench-").toString()));
    model = new LatentModel(new OfflineLanguageModel(), settings.modelFirstToken());
    long begin = System.nanoTime();
    AppContext context = AppContext.create(config, Stores.inMemoryDemo(callLog, Clock.systemUTC()), model,
        Clock.systemUTC(), () -> {},
        PhoneEdges.fromConfig(config, VendorHttp.client()));
    server = Server.start(context, 0);
    awaitReady();
    readyNanos = System.nanoTime() - begin;
    // Calls start once every fixed line is cached, not just the urgent ones /ready waits for: otherwise the rest of
    // the warm-up would count as the first calls' heap and CPU, and a hold phrase not yet cached as their latency.
    awaitWarm();
    voice.script().chunkInterval(STREAMING_PACE); // from now on the fake voice streams like it does for calls

  }

  URI url() {
    return URI.create("http://127.0.0.1:" + server.port());
  }

  /** From wiring to {@code /ready} answering 200 (the urgent phrases warmed against the fake voice). */
  long readyNanos() {
    return readyNanos;
  }

  private void awaitWarm() {
    if (!pollReady(r -> everyPhraseCached(r.body()), Duration.ofSeconds(60))) {
      System.err.println("bench: the phrase cache is still filling after 60 s; starting the calls anyway");
    }
  }

  private static boolean everyPhraseCached(String readyBody) {
    Matcher cached = PHRASES_CACHED.matcher(readyBody);
    Matcher total = PHRASES_TOTAL.matcher(readyBody);
    return cached.find() && total.find() && cached.group(1).equals(total.group(1));
  }

  private void awaitReady() {
    if (!pollReady(r -> r.statusCode() == 200, Duration.ofSeconds(30))) {
      throw new IllegalStateException("Chris was not ready within 30 s");
    }
  }

  /** Asks {@code /ready} every 20 ms until {@code done} holds; false when {@code patience} ran out first. */
  private boolean pollReady(Predicate<HttpResponse<String>> done, Duration patience) {
    HttpClient http = HttpClient.newHttpClient();
    HttpRequest ready = HttpRequest.newBuilder(url().resolve("/ready")).build();
    long end = System.nanoTime() + patience.toNanos();
    try {
      while (!done.test(http.send(ready, HttpResponse.BodyHandlers.ofString()))) {
        if (System.nanoTime() > end) {
          return false;
        }
        Thread.sleep(20);
      }
      return true;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  @Override
  public void close() {
    server.close();
    voice.close();
    realtime.close();
    twilio.close();
  }
}
