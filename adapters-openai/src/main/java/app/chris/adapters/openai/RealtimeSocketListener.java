package app.chris.adapters.openai;

import app.chris.core.port.FailureKind;
import app.chris.core.port.Prompt;
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
 * Reads a Realtime socket: configures the session on {@code session.created}, tracks the active response,
 * maps events for the listener and turns errors, closes and failures into one {@code Failed}.
 */
final class RealtimeSocketListener extends WebSocketListener {
  private static final Logger LOG = LoggerFactory.getLogger(RealtimeSocketListener.class);
  /** Errors the reference calls harmless: races around cancel/create and truncation of unheard audio. */
  private static final Set<String> HARMLESS =
      Set.of("conversation_already_has_active_response", "response_cancel_not_active");
  private final OpenAiRealtimeSession session;
  private final Prompt initial;
  private final RealtimeClientEvents out;
  private final RealtimeServerEvents in;
  private final ObjectMapper json = new ObjectMapper();

  RealtimeSocketListener(
      OpenAiRealtimeSession session, Prompt initial, RealtimeClientEvents out, RealtimeServerEvents in) {
    this.session = session;
    this.initial = initial;
    this.out = out;
    this.in = in;
  }

  @Override
  public void onMessage(WebSocket webSocket, String text) {
    JsonNode event;
    try {
      event = json.readTree(text);
    } catch (IOException e) {
      LOG.debug("ignored unparseable realtime event");
      return;
    }
    String type = event.path("type").asText("");
    if (type.equals("session.created")) {
      webSocket.send(out.sessionUpdate(initial));
    } else if (type.equals("session.updated")) {
      session.ready().complete(null);
    } else if (type.equals("response.created")) {
      session.responseStarted();
    } else if (type.equals("error")) {
      onError(event.path("error"));
    } else {
      in.map(event).ifPresent(session::deliver);
      if (type.equals("response.done")) {
        session.responseFinished();
      }
    }
  }

  private void onError(JsonNode error) {
    String code = error.path("code").asText("");
    String message = error.path("message").asText("");
    if (code.equals("session_expired")) {
      session.fail(FailureKind.UNAVAILABLE, "realtime session expired: " + message);
    } else if (code.equals("beta_api_shape_disabled")) {
      session.fail(FailureKind.INVALID_REQUEST, "realtime rejected the request shape: " + message);
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
    session.fail(kind, "realtime socket closed by server: " + code + " " + reason);
  }

  @Override
  public void onFailure(WebSocket webSocket, Throwable t, Response response) {
    if (response == null) {
      session.fail(FailureKind.UNAVAILABLE, "realtime connection failed: " + t);
      return;
    }
    String requestId = String.valueOf(response.header("x-request-id"));
    session.fail(kindFor(response.code()), "realtime handshake HTTP " + response.code() + " (request " + requestId + ")");
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
