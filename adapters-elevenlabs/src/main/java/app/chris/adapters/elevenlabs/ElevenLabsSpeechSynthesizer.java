package app.chris.adapters.elevenlabs;

import app.chris.core.port.AudioSink;
import app.chris.core.port.SpeechSynthesizer;
import app.chris.core.port.Utterance;
import app.chris.core.voice.SpeechMetrics;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;

/**
 * Chris's voice on ElevenLabs' multi-context WebSocket ({@code /v1/text-to-speech/{voice}/multi-stream-input},
 * {@code ulaw_8000}): one context per utterance, sockets shared by the synthesizer (up to 4 contexts each), with
 * HTTP streaming ({@code .../stream}) when a socket cannot be opened. Thread-safe; serves many calls. Close it on
 * shutdown.
 */
public final class ElevenLabsSpeechSynthesizer implements SpeechSynthesizer, AutoCloseable {
  private static final Duration MIN_PING = Duration.ofSeconds(5);
  /** How long close() lets replies already playing finish before their sockets are cut. */
  static final Duration SHUTDOWN_GRACE = Duration.ofSeconds(5);

  private final ScheduledExecutorService scheduler;
  private final ConnectionPool pool;
  private final VoicePaths paths;

  /** {@code client} is the app's shared OkHttpClient; a socket-friendly copy is derived from it here. */
  public ElevenLabsSpeechSynthesizer(ElevenLabsSettings settings, OkHttpClient client, SpeechMetrics metrics) {
    // Pings detect a dead TCP path; a pong is due before the next ping, so never ping faster than every 5 s.
    Duration ping = settings.keepAlive().compareTo(MIN_PING) < 0 ? MIN_PING : settings.keepAlive();
    OkHttpClient voiceClient = client.newBuilder().pingInterval(ping).build();
    ObjectMapper json = new ObjectMapper();
    this.scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread thread = new Thread(r, "elevenlabs-keepalive");
      thread.setDaemon(true);
      return thread;
    });
    this.pool = new ConnectionPool(voiceClient, settings, json);
    this.paths = new VoicePaths(pool, new HttpDeps(voiceClient, settings, json, scheduler), metrics);
    long period = settings.keepAlive().toMillis();
    scheduler.scheduleAtFixedRate(pool::keepAlive, period, period, TimeUnit.MILLISECONDS);
  }

  @Override
  public Utterance begin(AudioSink sink) {
    return ElevenLabsUtterance.start(paths, sink);
  }

  /** Opens a socket now (e.g. when a call rings) so the first utterance does not wait for the handshake. */
  @Override
  public void prewarm() {
    pool.prewarm();
  }

  /** New utterances stop now; ones already playing get up to {@link #SHUTDOWN_GRACE} to finish. */
  @Override
  public void close() {
    scheduler.shutdownNow();
    pool.close();
    CompletableFuture.runAsync(pool::closeNow,
        CompletableFuture.delayedExecutor(SHUTDOWN_GRACE.toMillis(), TimeUnit.MILLISECONDS));
  }
}
