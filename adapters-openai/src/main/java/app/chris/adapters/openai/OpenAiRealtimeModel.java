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
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.WebSocket;

/**
 * {@link RealtimeModel} over OpenAI's GA Realtime WebSocket ({@code /v1/realtime?model=..}): mu-law in, text out,
 * server VAD. {@link #open} blocks until {@code session.updated} or the handshake budget (connect + first-token
 * timeout) runs out. Thread-safe.
 */
public final class OpenAiRealtimeModel implements RealtimeModel {
  private final OpenAiSettings settings;
  private final OkHttpClient client;
  private final RealtimeClientEvents out;
  private final RealtimeServerEvents in;

  /** @param http the shared client; a copy with pings and no read timeout is derived for sockets */
  public OpenAiRealtimeModel(OpenAiSettings settings, OkHttpClient http) {
    this.settings = Objects.requireNonNull(settings, "settings");
    this.client = http.newBuilder()
        .connectTimeout(settings.connectTimeout())
        .readTimeout(Duration.ZERO) // the socket is quiet while the caller is
        .pingInterval(Duration.ofSeconds(15))
        .build();
    ObjectMapper json = new ObjectMapper();
    this.out = new RealtimeClientEvents(json);
    this.in = new RealtimeServerEvents(new ToolArguments(json));
  }

  @Override
  public RealtimeSession open(Prompt initial, RealtimeListener listener) {
    OpenAiRealtimeSession session = new OpenAiRealtimeSession(listener, out);
    Request request = new Request.Builder()
        .url(settings.baseUrl().toString().replaceAll("/+$", "") + "/realtime?model="
            + URLEncoder.encode(settings.model(), StandardCharsets.UTF_8))
        .header("Authorization", "Bearer " + settings.apiKey())
        .build();
    WebSocket socket = client.newWebSocket(
        request, new RealtimeSocketListener(session, initial, out, in));
    session.attach(socket);
    long budget = settings.connectTimeout().plus(settings.firstTokenTimeout()).toMillis();
    try {
      session.ready().get(budget, TimeUnit.MILLISECONDS);
      return session;
    } catch (ExecutionException e) {
      socket.cancel();
      throw e.getCause() instanceof PortException
          ? (PortException) e.getCause()
          : new PortException(FailureKind.UNKNOWN, "realtime open failed", e.getCause());
    } catch (TimeoutException e) {
      session.close();
      socket.cancel();
      throw new PortException(FailureKind.TIMEOUT, "realtime session not ready within " + budget + " ms", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      socket.cancel();
      throw new PortException(FailureKind.UNAVAILABLE, "interrupted while opening realtime session", e);
    }
  }
}
