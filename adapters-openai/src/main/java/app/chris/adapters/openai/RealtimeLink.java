package app.chris.adapters.openai;

import app.chris.core.port.AudioFrame;
import app.chris.core.port.FailureKind;
import app.chris.core.port.PortException;
import app.chris.core.port.RealtimeEvent;
import app.chris.core.port.RealtimeListener;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import okhttp3.WebSocket;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The socket under one Realtime session. When the server ends it at the session length cap, a new socket is
 * dialled, configured with the memory replayed, then fed the caller audio the old one may have missed and what
 * arrived meanwhile. Sockets are numbered generations: events of older ones are ignored. Thread-safe.
 */
final class RealtimeLink {
  private static final Logger LOG = LoggerFactory.getLogger(RealtimeLink.class);
  private static final long QUEUE_WARNING_BYTES = 1 << 20; // OkHttp shuts the socket at 16 MiB queued

  /** Opens one socket (generation {@code g}) whose events go to {@code session}. */
  interface Dialer {
    WebSocket dial(OpenAiRealtimeSession session, int g);
  }

  private enum Phase { CONNECTING, OPEN, REOPENING, ENDED }

  private final RealtimeListener listener;
  private final RealtimeClientEvents out;
  private final SessionSetup setup;
  private final RealtimeStats stats;
  private final Duration reopenBudget;
  private final CompletableFuture<Void> ready = new CompletableFuture<>();
  private final Object lock = new Object();
  private final AudioReplay audio = new AudioReplay();
  private Phase phase = Phase.CONNECTING;
  private int generation;
  private WebSocket socket;

  RealtimeLink(RealtimeListener listener, RealtimeClientEvents out, SessionSetup setup, RealtimeStats stats,
      Duration reopenBudget) {
    this.listener = listener;
    this.out = out;
    this.setup = setup;
    this.stats = stats;
    this.reopenBudget = reopenBudget;
  }

  /** Completes when the first socket's configuration was confirmed ({@code session.updated}). */
  CompletableFuture<Void> ready() {
    return ready;
  }

  /** Dials a socket; returns its generation. */
  int dial(Dialer dialer, OpenAiRealtimeSession session) {
    int g;
    synchronized (lock) {
      g = ++generation;
    }
    WebSocket webSocket = dialer.dial(session, g);
    synchronized (lock) {
      if (current(g)) {
        socket = webSocket;
        return g;
      }
    }
    webSocket.cancel(); // closed while dialling
    return g;
  }

  boolean current(int g) {
    synchronized (lock) {
      return g == generation && phase != Phase.ENDED;
    }
  }

  boolean open() {
    synchronized (lock) {
      return phase == Phase.OPEN;
    }
  }

  /** Sends on the live socket; false (dropped) while connecting, reopening or ended. */
  boolean send(String event) {
    synchronized (lock) {
      return phase == Phase.OPEN && sendNow(event);
    }
  }

  void sendAudio(AudioFrame frame) {
    synchronized (lock) {
      if (phase == Phase.OPEN) {
        if (sendNow(out.appendAudio(frame.mulaw()))) {
          audio.sent(frame);
        }
      } else if (phase != Phase.ENDED) {
        audio.hold(frame); // (re)connecting: the new session hears it once configured
      }
    }
  }

  /** Whether an utterance is still untranscribed: the audio a reopened session must hear again. */
  void track(RealtimeEvent event) {
    synchronized (lock) {
      if (event instanceof RealtimeEvent.Transcript t && t.complete()) {
        audio.utteranceFinished();
      } else if (event instanceof RealtimeEvent.SpeechStarted) {
        audio.speechStarted();
      }
    }
  }

  /** {@code session.created} on socket {@code g}: configure it with the memory so far. */
  void configure(int g, WebSocket webSocket) {
    synchronized (lock) {
      if (current(g)) {
        socket = webSocket;
        webSocket.send(setup.configuration());
      }
    }
  }

  /** The first {@code session.updated} on socket {@code g}: it is live; send the audio held for it. */
  void configured(int g, WebSocket webSocket) {
    synchronized (lock) {
      if (!current(g) || phase == Phase.OPEN) {
        return; // an older socket, or a later update on the live one
      }
      socket = webSocket;
      phase = Phase.OPEN;
      audio.drain().forEach(frame -> {
        if (sendNow(out.appendAudio(frame.mulaw()))) {
          audio.sent(frame);
        }
      });
    }
    ready.complete(null);
  }

  /** The server ended socket {@code g} at its length cap: reopen, unless it never got going. */
  void expired(int g, String message, Dialer dialer, OpenAiRealtimeSession session) {
    WebSocket old;
    synchronized (lock) {
      if (!current(g)) {
        return;
      }
      old = phase == Phase.OPEN ? socket : null;
      if (old != null) {
        phase = Phase.REOPENING;
        socket = null;
      }
    }
    if (old == null) {
      fail(g, FailureKind.UNAVAILABLE, "realtime session expired before it was ready: " + message);
      return;
    }
    stats.reopened.increment();
    LOG.info("realtime session reached its length cap ({}); reopening with the memory replayed", message);
    old.close(1000, "session expired");
    failUnlessOpenInTime(dial(dialer, session));
  }

  /** A reopened socket {@code g} gets {@code reopenBudget} to be configured; after that the session fails. */
  private void failUnlessOpenInTime(int g) {
    CompletableFuture.delayedExecutor(reopenBudget.toMillis(), TimeUnit.MILLISECONDS).execute(() -> {
      if (current(g) && !open()) {
        fail(g, FailureKind.UNAVAILABLE, "reopened realtime session not ready in " + reopenBudget.toMillis()
            + " ms");
      }
    });
  }

  /** Socket {@code g} failed or closed: if it is the live one, the session ends, once. */
  void fail(int g, FailureKind kind, String message) {
    WebSocket current;
    synchronized (lock) {
      if (!current(g)) {
        return;
      }
      phase = Phase.ENDED;
      current = socket;
    }
    if (current != null) {
      current.cancel();
    }
    LOG.warn("realtime session failed ({}): {}", kind, message);
    if (!ready.completeExceptionally(new PortException(kind, message))) {
      listener.on(new RealtimeEvent.Failed(kind, message));
    }
  }

  void close() {
    WebSocket current;
    synchronized (lock) {
      phase = Phase.ENDED;
      current = socket;
    }
    if (current != null) {
      current.close(1000, "call ended");
    }
  }

  private boolean sendNow(String event) {
    WebSocket webSocket = socket;
    if (webSocket == null || !webSocket.send(event)) {
      LOG.debug("realtime event dropped: socket not open");
      return false;
    }
    if (webSocket.queueSize() > QUEUE_WARNING_BYTES) {
      LOG.warn("realtime send queue at {} bytes: the connection is falling behind", webSocket.queueSize());
    }
    return true;
  }
}
