package app.chris.testkit.elevenlabs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import okhttp3.Response;
import okhttp3.WebSocket;
import okhttp3.WebSocketListener;
import okhttp3.internal.ws.RealWebSocket;

/**
 * One multi-context connection of the fake: buffers text per context, generates audio for a sentence (auto_mode)
 * or on flush, stops a context's audio on close_context unless it was flushed (ElevenLabs lets flushed text finish),
 * answers isFinal, and enforces the 5-open-contexts limit with a 1008 close like the real service.
 */
final class FakeVoiceSocket extends WebSocketListener {
  private static final int MAX_CONTEXTS = 5;
  private static final Object NO_AUDIO_TO_WAIT_FOR = new Object();

  private final FakeElevenLabsServer server;
  private final ObjectMapper json = new ObjectMapper();
  private final Map<String, FakeContext> contexts = new ConcurrentHashMap<>();
  private volatile WebSocket socket;

  FakeVoiceSocket(FakeElevenLabsServer server) {
    this.server = server;
  }

  @Override
  public void onOpen(WebSocket webSocket, Response response) {
    socket = webSocket;
  }

  @Override
  public void onMessage(WebSocket webSocket, String text) {
    JsonNode message;
    try {
      message = json.readTree(text);
    } catch (IOException e) {
      fail("invalid_input_message", "Could not parse input message");
      return;
    }
    server.record(message);
    Optional<String> scripted = server.takeScriptedSocketError();
    if (scripted.isPresent()) {
      webSocket.send(scripted.get());
      webSocket.close(1008, "scripted error");
      return;
    }
    if (message.path("close_socket").asBoolean(false)) {
      server.afterAudio(this, () -> webSocket.close(1000, "closed by client"));
      return;
    }
    handle(message.path("context_id").asText("default"), message);
  }

  private void handle(String id, JsonNode message) {
    FakeContext context = contexts.computeIfAbsent(id, FakeContext::new);
    if (openContexts() > MAX_CONTEXTS) {
      fail("max_active_conversations", "Maximum simultaneous contexts per WebSocket connection exceeded (5)");
      return;
    }
    if (message.path("close_context").asBoolean(false)) {
      context.close();
      // A cancelled (unflushed) context ends at once; a flushed one after its audio (concurrent mode; else in order).
      Object after = context.flushed() ? context : NO_AUDIO_TO_WAIT_FOR;
      server.afterAudio(after, () -> send("{\"isFinal\":true,\"contextId\":\"" + id + "\"}"));
      return;
    }
    String text = message.path("text").asText("");
    boolean flush = message.path("flush").asBoolean(false);
    String ready = context.add(text.isBlank() ? "" : text, flush);
    if (!ready.isEmpty()) {
      server.generate(this, context, ready, chunk -> sendAudio(context, chunk));
    }
  }

  private long openContexts() {
    return contexts.values().stream().filter(c -> !c.closed()).count();
  }

  private boolean sendAudio(FakeContext context, byte[] chunk) {
    if (!context.mayStillSend(server.lateAudioAfterClose())) {
      return false;
    }
    send("{\"audio\":\"" + Base64.getEncoder().encodeToString(chunk) + "\",\"isFinal\":false,\"contextId\":\""
        + context.id() + "\",\"alignment\":null,\"normalizedAlignment\":null}");
    return true;
  }

  private void send(String frame) {
    WebSocket current = socket;
    if (current != null) {
      current.send(frame);
    }
  }

  private void fail(String error, String message) {
    send(VoiceErrors.socketError(error, message));
    socket.close(1008, error);
  }

  void close(int code, String reason) {
    WebSocket current = socket;
    if (current != null) {
      current.close(code, reason);
    }
  }

  /**
   * An abrupt network drop: no close frame. A server-side OkHttp socket cannot cancel() (it has no Call), so this
   * fails it the way a broken connection would, which closes the TCP stream under the client.
   */
  void drop() {
    WebSocket current = socket;
    if (current instanceof RealWebSocket) {
      ((RealWebSocket) current).failWebSocket(new IOException("fake network drop"), null, false);
    }
  }

  @Override
  public void onClosing(WebSocket webSocket, int code, String reason) {
    webSocket.close(1000, null);
  }
}
