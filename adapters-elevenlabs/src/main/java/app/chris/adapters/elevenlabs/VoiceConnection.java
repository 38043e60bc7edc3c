package app.chris.adapters.elevenlabs;

import app.chris.core.port.PortException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.WebSocket;

/**
 * One multi-context WebSocket and its {@link ContextTable}; {@link VoiceSocketEvents} reads what the server says.
 * Closed contexts count toward ElevenLabs' limit of 5 until their isFinal arrives. Thread-safe; listeners are
 * called without holding any lock here.
 */
final class VoiceConnection {
  /** One below ElevenLabs' 5, so a context closed a moment ago never pushes the socket over the limit. */
  static final int MAX_CONTEXTS = 4;
  private static final String CLOSE_SOCKET = "{\"close_socket\":true}";

  private final ObjectMapper json;
  private final VoiceSocketEvents events;
  private final ContextTable contexts = new ContextTable();
  private final AtomicInteger nextId = new AtomicInteger();
  /** Orders keep-alives after close_context: one sent after it would recreate the context and leak it. */
  private final Object sendOrder = new Object();
  private final AtomicReference<Optional<PortException>> death = new AtomicReference<>(Optional.empty());
  private volatile boolean opened;
  private volatile boolean dead;
  private volatile boolean retired;
  private volatile boolean closing;
  private volatile WebSocket socket;

  private VoiceConnection(ObjectMapper json) {
    this.json = json;
    this.events = new VoiceSocketEvents(json, this); // receives nothing until open() dials the socket
  }

  static VoiceConnection open(OkHttpClient client, ElevenLabsSettings settings, ObjectMapper json) {
    VoiceConnection connection = new VoiceConnection(json);
    Request request = new Request.Builder().url(settings.socketUrl().toString())
        .header("xi-api-key", settings.apiKey()).build();
    connection.socket = client.newWebSocket(request, connection.events);
    return connection;
  }

  boolean hasRoom() {
    return !dead && !retired && !closing && contexts.open() < MAX_CONTEXTS;
  }

  /** A context went silent here: no new utterances on this socket; closed once its other contexts are done. */
  void retire() {
    retired = true;
  }

  boolean dead() {
    return dead;
  }

  /** Server messages skipped as unreadable (not JSON, not a message, audio that is not base64). */
  int skipped() {
    return events.skipped();
  }

  /**
   * Opens a context (init with voice settings first, so no keep-alive can create it implicitly). A handshake
   * refused before the context joined is reported on another thread: the caller still holds its utterance's lock.
   */
  String attach(ContextListener listener) {
    String id = "ctx-" + nextId.incrementAndGet();
    if (!contexts.add(id, listener)) {
      PortException why = death.get().orElseThrow();
      boolean wasOpened = opened;
      CompletableFuture.runAsync(() -> listener.lost(why, wasOpened));
      return id;
    }
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
    synchronized (sendOrder) {
      if (contexts.finish(id)) {
        send(ContextMessageJson.flush(id));
        send(ContextMessageJson.close(id));
      }
    }
  }

  /**
   * Barge-in: close the context and stop delivering its audio now, even chunks already on the wire. A context
   * already finished was closed then (ElevenLabs still plays out flushed text); its audio is only dropped here.
   */
  void cancel(String id) {
    synchronized (sendOrder) {
      if (contexts.cancel(id) && !dead) {
        send(ContextMessageJson.close(id));
      }
    }
  }

  /** Keeps live contexts' inactivity timers fresh; never for a closed one (that would recreate it: pipecat#4126). */
  void keepAlive() {
    if (retired && contexts.open() == 0) {
      closeNow();
    } else if (opened && !dead) {
      synchronized (sendOrder) {
        contexts.keepAliveIds().forEach(id -> send(ContextMessageJson.keepAlive(id)));
      }
    }
  }

  /**
   * Ends the socket without cutting a reply that still has audio coming (a close frame would end it at once):
   * close_socket lets ElevenLabs finish the flushed contexts and close; an idle socket closes now.
   */
  void close() {
    boolean first = !closing;
    closing = true;
    if (contexts.open() == 0) {
      closeNow();
    } else if (first && !dead) {
      socket.send(CLOSE_SOCKET);
    }
  }

  /** Closes at once (idle, retired and done, or the shutdown grace is over); contexts still open are lost. */
  void closeNow() {
    if (!dead) {
      socket.send(CLOSE_SOCKET);
      socket.close(1000, "synthesizer closed");
    }
    dead = true;
  }

  /** The handshake succeeded. */
  void opened() {
    opened = true;
  }

  boolean wasOpened() {
    return opened;
  }

  /** A server message for context {@code id}: its audio, and whether it is the context's last. */
  void deliver(String id, ServerMessageJson message) {
    Optional<ContextListener> listener = contexts.listener(id);
    if (listener.isPresent()) {
      message.audioBytes().ifPresent(listener.get()::audio);
    }
    if (message.last()) {
      contexts.ended(id).ifPresent(ContextListener::finished);
      if (closing && contexts.open() == 0) {
        closeNow(); // the last reply we waited for has all its audio
      }
    }
  }

  /** The socket closed or failed: every context still here hears why. */
  void die(PortException why) {
    death.compareAndSet(Optional.empty(), Optional.of(why)); // before drain(): a refused add() reads it
    dead = true;
    for (ContextListener listener : contexts.drain()) {
      listener.lost(why, opened);
    }
  }
}
