package app.chris.adapters.openai;

import app.chris.core.port.AudioFrame;
import app.chris.core.port.FailureKind;
import app.chris.core.port.PortException;
import app.chris.core.port.Prompt;
import app.chris.core.port.RealtimeEvent;
import app.chris.core.port.RealtimeListener;
import app.chris.core.port.RealtimeSession;
import app.chris.core.port.ToolResult;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import okhttp3.WebSocket;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One call's GA Realtime WebSocket session. Sends are non-blocking (OkHttp queues them); events reach the
 * listener on OkHttp's reader thread, in order. After {@link RealtimeEvent.Failed} nothing more is delivered.
 * Thread-safe.
 */
final class OpenAiRealtimeSession implements RealtimeSession {
  private static final Logger LOG = LoggerFactory.getLogger(OpenAiRealtimeSession.class);
  private static final long QUEUE_WARNING_BYTES = 1 << 20; // OkHttp shuts the socket at 16 MiB queued
  private final RealtimeListener listener;
  private final RealtimeClientEvents out;
  private final CompletableFuture<Void> ready = new CompletableFuture<>();
  private final AtomicBoolean ended = new AtomicBoolean();
  private final Object responseLock = new Object();
  private boolean responseActive;
  private boolean responseWanted;
  private volatile WebSocket socket;

  OpenAiRealtimeSession(RealtimeListener listener, RealtimeClientEvents out) {
    this.listener = listener;
    this.out = out;
  }

  void attach(WebSocket webSocket) {
    this.socket = webSocket;
  }

  /** Completes when the server confirmed our configuration with {@code session.updated}. */
  CompletableFuture<Void> ready() {
    return ready;
  }

  @Override
  public void sendAudio(AudioFrame frame) {
    send(out.appendAudio(frame.mulaw()));
  }

  /**
   * Cancels the active response. Chris's words are text (spoken by ElevenLabs), so there is no model audio to
   * truncate: the core trims its own memory to {@code heardMillis}.
   */
  @Override
  public void interrupt(long heardMillis) {
    synchronized (responseLock) {
      responseWanted = false;
      if (!responseActive) {
        return;
      }
    }
    send(out.responseCancel());
  }

  @Override
  public void update(Prompt prompt) {
    send(out.sessionUpdate(prompt));
  }

  @Override
  public void sendToolResult(ToolResult result) {
    send(out.toolOutput(result));
    boolean now;
    synchronized (responseLock) {
      now = !responseActive; // response.create while one is active is an error: wait for response.done
      responseWanted = responseActive;
    }
    if (now) {
      send(out.responseCreate());
    }
  }

  @Override
  public void close() {
    ended.set(true);
    WebSocket webSocket = socket;
    if (webSocket != null) {
      webSocket.close(1000, "call ended");
    }
  }

  void responseStarted() {
    synchronized (responseLock) {
      responseActive = true;
    }
  }

  void responseFinished() {
    boolean createNext;
    synchronized (responseLock) {
      responseActive = false;
      createNext = responseWanted;
      responseWanted = false;
    }
    if (createNext) {
      send(out.responseCreate());
    }
  }

  void deliver(RealtimeEvent event) {
    if (!ended.get()) {
      listener.on(event);
    }
  }

  /** Ends the session once: fails {@link #ready()} during the handshake, else tells the listener. */
  void fail(FailureKind kind, String message) {
    if (!ended.compareAndSet(false, true)) {
      return;
    }
    LOG.warn("realtime session failed ({}): {}", kind, message);
    if (ready.completeExceptionally(new PortException(kind, message))) {
      return;
    }
    listener.on(new RealtimeEvent.Failed(kind, message));
  }

  private void send(String event) {
    WebSocket webSocket = socket;
    if (webSocket == null || ended.get() || !webSocket.send(event)) {
      LOG.debug("realtime event dropped: session not open");
      return;
    }
    if (webSocket.queueSize() > QUEUE_WARNING_BYTES) {
      LOG.warn("realtime send queue at {} bytes: the connection is falling behind", webSocket.queueSize());
    }
  }
}
