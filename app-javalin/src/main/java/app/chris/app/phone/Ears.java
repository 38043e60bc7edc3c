package app.chris.app.phone;

import app.chris.core.port.AudioFrame;
import app.chris.core.port.Expectation;
import app.chris.core.port.FailureKind;
import app.chris.core.port.PortException;
import app.chris.core.port.Prompt;
import app.chris.core.port.RealtimeEvent;
import app.chris.core.port.RealtimeListener;
import app.chris.core.port.RealtimeModel;
import app.chris.core.port.RealtimeSession;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A call's ears: the realtime session that hears the caller. Opened in the background; when it cannot be opened
 * or fails mid-call it is reopened with jittered backoff, up to {@link EarsRetry#attempts} failures in a row (a final
 * transcript proves a session useful and resets the count). After that, or on a failure no retry can fix, the
 * ears are {@link State#UNAVAILABLE} for the rest of the call and the watcher is told. Audio arriving while no
 * session is open is dropped (the keypad still works). Thread-safe.
 */
final class Ears implements AutoCloseable {
  /** Where the ears are; the watcher hears every change. */
  enum State { OPENING, LISTENING, REOPENING, UNAVAILABLE, CLOSED }

  private static final Logger log = LoggerFactory.getLogger(Ears.class);
  private final String callSid;
  private final RealtimeModel model;
  private final Prompt prompt;
  private final RealtimeListener heard;
  private final Consumer<State> watcher;
  private final Executor io;
  private final EarsRetry retry;
  private Optional<RealtimeSession> session = Optional.empty();
  private State state = State.OPENING;
  private Expectation expecting = Expectation.ANYTHING;
  private int generation;
  private int failures;

  Ears(String callSid, RealtimeModel model, Prompt prompt, RealtimeListener heard, Consumer<State> watcher,
      Executor io, EarsRetry retry) {
    this.callSid = callSid;
    this.model = model;
    this.prompt = prompt;
    this.heard = heard;
    this.watcher = watcher;
    this.io = io;
    this.retry = retry;
  }

  /** Starts opening on the I/O pool; returns at once. */
  void open() {
    int g;
    synchronized (this) {
      g = ++generation;
    }
    io.execute(() -> attempt(g));
  }

  void hear(AudioFrame frame) {
    current().ifPresent(s -> s.sendAudio(frame));
  }

  /** What the caller will say next; kept across reopens. */
  void expect(Expectation next) {
    synchronized (this) {
      expecting = next;
    }
    current().ifPresent(s -> s.expect(next));
  }

  synchronized State state() {
    return state;
  }

  @Override
  public void close() {
    Optional<RealtimeSession> open;
    synchronized (this) {
      if (state == State.CLOSED) {
        return;
      }
      open = session;
      session = Optional.empty();
      state = State.CLOSED;
      generation++;
    }
    watcher.accept(State.CLOSED);
    open.ifPresent(RealtimeSession::close);
  }

  private synchronized Optional<RealtimeSession> current() {
    return session;
  }

  private void attempt(int g) {
    RealtimeSession opened;
    try {
      opened = model.open(prompt, event -> onEvent(g, event));
    } catch (PortException e) {
      failed(g, e.kind(), e.getMessage());
      return;
    }
    Expectation next;
    synchronized (this) {
      if (g != generation || state == State.CLOSED) {
        opened.close(); // closed (or superseded) while connecting
        return;
      }
      session = Optional.of(opened);
      state = State.LISTENING;
      next = expecting;
    }
    opened.expect(next);
    watcher.accept(State.LISTENING);
  }

  private void onEvent(int g, RealtimeEvent event) {
    synchronized (this) {
      if (g != generation) {
        return; // a session we already gave up on
      }
      if (event instanceof RealtimeEvent.Transcript t && t.complete()) {
        failures = 0; // this session proved it hears
      }
    }
    if (event instanceof RealtimeEvent.Failed f) {
      failed(g, f.kind(), f.message());
    } else {
      heard.on(event);
    }
  }

  private void failed(int g, FailureKind kind, String message) {
    int next;
    Duration wait;
    synchronized (this) {
      if (g != generation || state == State.CLOSED) {
        return;
      }
      session = Optional.empty();
      failures++;
      next = ++generation;
      wait = retry.backoff(failures);
      state = State.REOPENING;
      if (!kind.retryable() || failures >= retry.attempts()) {
        state = State.UNAVAILABLE;
        next = -1;
      }
    }
    if (next < 0) {
      log.warn("Call {}: ears unavailable for the rest of the call after {} ({})", callSid, kind, message);
      watcher.accept(State.UNAVAILABLE);
      return;
    }
    log.warn("Call {}: ears failed ({}: {}); reopening in {} ms", callSid, kind, message, wait.toMillis());
    watcher.accept(State.REOPENING);
    attemptAfter(next, wait);
  }

  private void attemptAfter(int g, Duration wait) {
    CompletableFuture.delayedExecutor(wait.toMillis(), TimeUnit.MILLISECONDS).execute(() -> {
      try {
        io.execute(() -> attempt(g));
      } catch (RejectedExecutionException e) {
        // The phone line is shutting down: nobody left to listen to.
      }
    });
  }
}
