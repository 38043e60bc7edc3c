package app.chris.adapters.elevenlabs;

import app.chris.core.port.FailureKind;
import app.chris.core.port.PortException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.WebSocket;
import okhttp3.WebSocketListener;

/**
 * One multi-context WebSocket. Contexts are live (audio goes to their listener) or closing (close_context sent,
 * waiting for isFinal; their late audio is dropped). Both count toward ElevenLabs' limit of 5 open contexts.
 * Thread-safe; listeners are called without holding any lock here.
 */
final class VoiceConnection extends WebSocketListener {
  /** One below ElevenLabs' 5, so a context closed a moment ago never pushes the socket over the limit. */
  static final int MAX_CONTEXTS = 4;

  private final ObjectMapper json;
  private final Map<String, ContextListener> live = new ConcurrentHashMap<>();
  private final Set<String> closing = ConcurrentHashMap.newKeySet();
  private final Set<String> finishing = ConcurrentHashMap.newKeySet();
  private final AtomicInteger nextId = new AtomicInteger();
  private final AtomicReference<Optional<PortException>> serverError = new AtomicReference<>(Optional.empty());
  private volatile boolean opened;
  private volatile boolean dead;
  private volatile WebSocket socket;

  private VoiceConnection(ObjectMapper json) {
    this.json = json;
  }

  static VoiceConnection open(OkHttpClient client, ElevenLabsSettings settings, ObjectMapper json) {
    VoiceConnection connection = new VoiceConnection(json);
    Request request = new Request.Builder().url(settings.socketUrl().toString())
        .header("xi-api-key", settings.apiKey()).build();
    connection.socket = client.newWebSocket(request, connection);
    return connection;
  }

  boolean hasRoom() {
    return !dead && live.size() + closing.size() < MAX_CONTEXTS;
  }

  boolean dead() {
    return dead;
  }

  /** Opens a context (init with voice settings first, so no keep-alive can create it implicitly). */
  String attach(ContextListener listener) {
    String id = "ctx-" + nextId.incrementAndGet();
    live.put(id, listener);
    send(ContextMessageJson.init(id));
    return id;
  }

  void send(ContextMessageJson message) {
    try {
      socket.send(json.writeValueAsString(message));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot encode socket message", e);
    }
  }

  /** End of utterance: flush, then close; ElevenLabs keeps generating flushed text and ends with isFinal. */
  void finish(String id) {
    if (live.containsKey(id) && finishing.add(id)) {
      send(ContextMessageJson.flush(id));
      send(ContextMessageJson.close(id));
    }
  }

  /**
   * Barge-in: close the context and stop delivering its audio now, even chunks already on the wire. A context
   * already finished was closed then (ElevenLabs still plays out flushed text); its audio is only dropped here.
   */
  void cancel(String id) {
    if (live.remove(id) != null && !dead) {
      closing.add(id);
      if (!finishing.remove(id)) {
        send(ContextMessageJson.close(id));
      }
    }
  }

  /** Keeps every live context's inactivity timer fresh while the caller talks. */
  void keepAlive() {
    if (opened && !dead) {
      // Never for a closed context: a keep-alive for an unknown id creates a context that leaks (pipecat#4126).
      live.keySet().stream().filter(id -> !finishing.contains(id)).forEach(id -> send(ContextMessageJson.keepAlive(id)));
    }
  }

  void close() {
    if (!dead) {
      socket.send("{\"close_socket\":true}");
      socket.close(1000, "synthesizer closed");
    }
    dead = true;
  }

  @Override
  public void onOpen(WebSocket webSocket, Response response) {
    opened = true;
  }

  @Override
  public void onMessage(WebSocket webSocket, String text) {
    ServerMessageJson message;
    try {
      message = json.readValue(text, ServerMessageJson.class);
    } catch (IOException e) {
      return; // unknown shapes (e.g. flush_done) carry nothing we need
    }
    if (message.errorCode().isPresent()) {
      serverError.set(Optional.of(Failures.socket(message.errorCode().get(), String.valueOf(message.message()))));
      return;
    }
    message.context().ifPresent(id -> deliver(id, message));
  }

  private void deliver(String id, ServerMessageJson message) {
    ContextListener listener = live.get(id);
    if (listener == null) {
      if (message.last()) {
        closing.remove(id);
      }
      return;
    }
    message.audioBase64().ifPresent(audio -> listener.audio(Base64.getDecoder().decode(audio)));
    if (message.last() && live.remove(id) != null) {
      finishing.remove(id);
      listener.finished();
    }
  }

  @Override
  public void onClosing(WebSocket webSocket, int code, String reason) {
    webSocket.close(1000, null);
    die(serverError.get().orElseGet(() ->
        new PortException(FailureKind.UNAVAILABLE, "ElevenLabs closed the socket: " + code + " " + reason)));
  }

  @Override
  public void onFailure(WebSocket webSocket, Throwable t, Response response) {
    if (response != null && !opened) {
      die(Failures.http(response.code(), body(response)));
    } else if (t instanceof IOException) {
      die(Failures.io((IOException) t));
    } else {
      die(new PortException(FailureKind.UNKNOWN, "ElevenLabs socket failed", t));
    }
  }

  private static String body(Response response) {
    try {
      return response.peekBody(16_384).string();
    } catch (IOException | RuntimeException e) {
      return "";
    }
  }

  private void die(PortException why) {
    dead = true;
    closing.clear();
    finishing.clear();
    for (String id : Set.copyOf(live.keySet())) {
      ContextListener listener = live.remove(id);
      if (listener != null) {
        listener.lost(why, opened);
      }
    }
  }
}
