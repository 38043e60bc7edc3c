package app.chris.adapters.openai;

import app.chris.core.port.FailureKind;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Set;
import okhttp3.Response;
import okhttp3.WebSocket;
import okhttp3.WebSocketListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads one Realtime socket (generation {@code g} of its session): configures it on {@code session.created},
 * tracks the active response, maps events, counts and skips malformed ones, and turns expiry into a reopen and
 * other errors, closes and failures into one {@code Failed}.
 */
final class RealtimeSocketListener extends WebSocketListener {
  private static final Logger LOG = LoggerFactory.getLogger(RealtimeSocketListener.class);
  /** Errors the reference calls harmless: races around cancel/create and truncation of unheard audio. */
  private static final Set<String> HARMLESS =
      Set.of("conversation_already_has_active_response", "response_cancel_not_active");
  private final OpenAiRealtimeSession session;
  private final int g;
  private final ObjectMapper json;
  private final RealtimeServerEvents in;
  private final RealtimeStats stats;

  RealtimeSocketListener(OpenAiRealtimeSession session, int generation, ObjectMapper json, RealtimeServerEvents in,
      RealtimeStats stats) {
    this.session = session;
    this.g = generation;
    this.json = json;
    this.in = in;
    this.stats = stats;
  }

  @Override
  public void onMessage(WebSocket webSocket, String text) {
    JsonNode event;
    try {
      event = json.readTree(text);
    } catch (IOException e) {
      event = null;
    }
    if (event == null || !in.wellFormed(event)) {
      stats.malformed.increment();
      LOG.debug("ignored malformed realtime event");
      return;
    }
    String type = event.path("type").asText();
    if (type.equals("session.created")) {
      session.configure(g, webSocket);
    } else if (type.equals("session.updated")) {
      session.configured(g, webSocket);
    } else if (type.equals("response.created")) {
      session.responseStarted(g);
    } else if (type.equals("conversation.item.input_audio_transcription.failed")) {
      session.transcriptionFailed(g);
    } else if (type.equals("error")) {
      onError(event.path("error"));
    } else {
      in.map(event).ifPresent(e -> session.deliver(g, e));
    }
  }

  private void onError(JsonNode error) {
    String code = error.path("code").asText("");
    String message = error.path("message").asText("");
    if (code.equals("session_expired")) {
      session.expired(g, message);
    } else if (code.equals("beta_api_shape_disabled")) {
      session.fail(g, FailureKind.INVALID_REQUEST, "realtime rejected the request shape: " + message);
    } else if (HARMLESS.contains(code) || message.contains("truncat")) {
      LOG.debug("harmless realtime error {}: {}", code, message);
    } else {
      LOG.warn("realtime error {}: {}", code, message);
    }
  }

  @Override
  public void onClosing(WebSocket webSocket, int code, String reason) {
    webSocket.close(1000, null);
    FailureKind kind = code == 4000 ? FailureKind.INVALID_REQUEST : FailureKind.UNAVAILABLE;
    session.fail(g, kind, "realtime socket closed by server: " + code + " " + reason);
  }

  @Override
  public void onFailure(WebSocket webSocket, Throwable t, Response response) {
    if (response == null) {
      session.fail(g, FailureKind.UNAVAILABLE, "realtime connection failed: " + t);
      return;
    }
    String requestId = String.valueOf(response.header("x-request-id"));
    session.fail(g, kindFor(response.code()),
        "realtime handshake HTTP " + response.code() + " (request " + requestId + ")");
  }

  private static FailureKind kindFor(int status) {
    if (status == 401 || status == 403) {
      return FailureKind.AUTHENTICATION;
    }
    if (status == 429) {
      return FailureKind.RATE_LIMITED;
    }
    return status >= 400 && status < 500 ? FailureKind.INVALID_REQUEST : FailureKind.UNAVAILABLE;
  }
}
