package app.chris.adapters.openai;

import app.chris.core.port.FailureKind;
import app.chris.core.port.PortException;
import app.chris.core.port.Prompt;
import app.chris.core.port.RealtimeListener;
import app.chris.core.port.RealtimeModel;
import app.chris.core.port.RealtimeSession;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import okhttp3.OkHttpClient;
import okhttp3.Request;

/**
 * {@link RealtimeModel} over OpenAI's GA Realtime WebSocket ({@code /v1/realtime?model=..}): mu-law in, text out,
 * server VAD tuned by {@link TurnDetection}. {@link #open} blocks until {@code session.updated} or the handshake
 * budget (connect + first-token timeout) runs out; a session that hits the length cap reopens itself within the
 * same budget. Thread-safe.
 */
public final class OpenAiRealtimeModel implements RealtimeModel {
  private final OpenAiSettings settings;
  private final TurnDetection detection;
  private final OkHttpClient client;
  private final ObjectMapper json = new ObjectMapper();
  private final RealtimeClientEvents out = new RealtimeClientEvents(json);
  private final RealtimeServerEvents in = new RealtimeServerEvents(new ToolArguments(json));
  private final RealtimeStats stats = new RealtimeStats();
  private final Clock clock;

  /** Ears by default ({@link TurnDetection#forEars()}): the model transcribes and never answers by itself. */
  public OpenAiRealtimeModel(OpenAiSettings settings, OkHttpClient http) {
    this(settings, TurnDetection.forEars(), http);
  }

  /** @param http the shared client; a copy with pings and no read timeout is derived for sockets */
  public OpenAiRealtimeModel(OpenAiSettings settings, TurnDetection detection, OkHttpClient http) {
    this.settings = Objects.requireNonNull(settings, "settings");
    this.detection = Objects.requireNonNull(detection, "detection");
    this.client = http.newBuilder()
        .connectTimeout(settings.connectTimeout())
        .readTimeout(Duration.ZERO) // the socket is quiet while the caller is
        .pingInterval(Duration.ofSeconds(15))
        .build();
    this.clock = Clock.systemUTC();
  }

  @Override
  public RealtimeSession open(Prompt initial, RealtimeListener listener) {
    Duration budget = settings.connectTimeout().plus(settings.firstTokenTimeout());
    SessionSetup setup = new SessionSetup(out, detection, new SessionMemory(initial, clock));
    RealtimeLink link = new RealtimeLink(listener, out, setup, stats, budget);
    Request request = new Request.Builder()
        .url(settings.baseUrl().toString().replaceAll("/+$", "") + "/realtime?model="
            + URLEncoder.encode(settings.model(), StandardCharsets.UTF_8))
        .header("Authorization", "Bearer " + settings.apiKey())
        .build();
    OpenAiRealtimeSession session = new OpenAiRealtimeSession(listener, out, setup, link, (s, g) ->
        client.newWebSocket(request, new RealtimeSocketListener(s, g, json, in, stats)));
    try {
      session.start().get(budget.toMillis(), TimeUnit.MILLISECONDS);
      return session;
    } catch (ExecutionException e) {
      session.close();
      throw e.getCause() instanceof PortException
          ? (PortException) e.getCause()
          : new PortException(FailureKind.UNKNOWN, "realtime open failed", e.getCause());
    } catch (TimeoutException e) {
      session.close();
      throw new PortException(FailureKind.TIMEOUT, "realtime session not ready within " + budget.toMillis() + " ms", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      session.close();
      throw new PortException(FailureKind.UNAVAILABLE, "interrupted while opening realtime session", e);
    }
  }

  /** Server events ignored because they could not be understood (not JSON, no type, missing fields). */
  public long malformedEvents() {
    return stats.malformed.sum();
  }

  /** Sessions reopened after the server ended them at the session length cap. */
  public long sessionsReopened() {
    return stats.reopened.sum();
  }
}
