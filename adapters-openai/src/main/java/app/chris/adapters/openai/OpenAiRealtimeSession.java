package app.chris.adapters.openai;

import app.chris.core.port.AudioFrame;
import app.chris.core.port.Expectation;
import app.chris.core.port.FailureKind;
import app.chris.core.port.Prompt;
import app.chris.core.port.RealtimeEvent;
import app.chris.core.port.RealtimeListener;
import app.chris.core.port.RealtimeSession;
import app.chris.core.port.ToolResult;
import java.util.concurrent.CompletableFuture;
import okhttp3.WebSocket;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One call's GA Realtime session over a {@link RealtimeLink} (which survives the session length cap). Tracks the
 * active response so {@code response.create} is never sent while one runs, and remembers what was said for a
 * reopen. Sends never block; events reach the listener on OkHttp's reader thread, in order. After {@link
 * RealtimeEvent.Failed} nothing more is delivered. Thread-safe.
 */
final class OpenAiRealtimeSession implements RealtimeSession {
  private static final Logger LOG = LoggerFactory.getLogger(OpenAiRealtimeSession.class);
  private final RealtimeListener listener;
  private final RealtimeClientEvents out;
  private final SessionSetup setup;
  private final RealtimeLink link;
  private final RealtimeLink.Dialer dialer;
  private final Object responseLock = new Object();
  private boolean responseActive;
  private boolean responseWanted;

  OpenAiRealtimeSession(RealtimeListener listener, RealtimeClientEvents out, SessionSetup setup, RealtimeLink link,
      RealtimeLink.Dialer dialer) {
    this.listener = listener;
    this.out = out;
    this.setup = setup;
    this.link = link;
    this.dialer = dialer;
  }

  /** Dials the first socket; the future completes once the server confirmed the configuration. */
  CompletableFuture<Void> start() {
    link.dial(dialer, this);
    return link.ready();
  }

  @Override
  public void sendAudio(AudioFrame frame) {
    link.sendAudio(frame);
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
    link.send(out.responseCancel());
  }

  @Override
  public void update(Prompt prompt) {
    link.send(setup.replace(prompt)); // while reopening, the new socket is configured with it instead
  }

  /** Only turn detection changes: a longer end-of-turn silence while a slow answer is expected. */
  @Override
  public void expect(Expectation next) {
    setup.expect(next).ifPresent(link::send);
  }

  @Override
  public void sendToolResult(ToolResult result) {
    if (!link.send(out.toolOutput(result))) {
      LOG.warn("realtime tool result for {} dropped: session not open", result.callId());
      return;
    }
    boolean now;
    synchronized (responseLock) {
      now = !responseActive; // response.create while one is active is an error: wait for response.done
      responseWanted = responseActive;
    }
    if (now) {
      link.send(out.responseCreate());
    }
  }

  @Override
  public void close() {
    link.close();
  }

  void configure(int g, WebSocket webSocket) {
    link.configure(g, webSocket);
  }

  void configured(int g, WebSocket webSocket) {
    link.configured(g, webSocket);
  }

  void expired(int g, String message) {
    synchronized (responseLock) {
      responseActive = false; // responses die with the old socket
      responseWanted = false;
    }
    link.expired(g, message, dialer, this);
  }

  void fail(int g, FailureKind kind, String message) {
    link.fail(g, kind, message);
  }

  void responseStarted(int g) {
    if (link.current(g)) {
      synchronized (responseLock) {
        responseActive = true;
      }
    }
  }

  void transcriptionFailed(int g) {
    if (link.current(g)) {
      link.track(new RealtimeEvent.Transcript("", true)); // nothing heard, but the utterance is over
    }
  }

  /** A server event of socket {@code g}: remembered for a reopen, then handed to the listener. */
  void deliver(int g, RealtimeEvent event) {
    if (!link.current(g)) {
      return;
    }
    setup.remember(event);
    link.track(event);
    // The response is over before the listener hears so: one reacting at once (a barge-in, a tool result) must
    // not see it still active and cancel it again.
    boolean createNext = event instanceof RealtimeEvent.ResponseDone && responseFinished();
    listener.on(event);
    if (createNext) {
      link.send(out.responseCreate());
    }
  }

  /** True when a tool result waited for this response to end: its response.create is due now. */
  private boolean responseFinished() {
    synchronized (responseLock) {
      responseActive = false;
      boolean createNext = responseWanted;
      responseWanted = false;
      return createNext;
    }
  }
}
