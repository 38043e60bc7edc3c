package app.chris.app.live;

import app.chris.core.call.CallEvent;
import app.chris.core.port.CallId;
import app.chris.core.port.TurnMetric;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Consumer;

/**
 * One call's turn timing: from the end of the caller's speech (or their text) to Chris's first output, and the
 * turn metrics to store. On the phone a turn's metric waits for its first audio (which may come after the
 * model finished), and is stored without it when the next turn or the end of the call comes first.
 * Not thread-safe: {@link CallReport} serializes calls.
 */
final class TurnTimer {
  private final CallId id;
  private final boolean waitsForAudio;
  private final Consumer<TurnMetric> store;
  private long startNanos = -1;
  private OptionalLong latency = OptionalLong.empty();
  private boolean latencyUsed;
  private Optional<TurnMetric> pending = Optional.empty();

  /** {@code waitsForAudio} on the phone (latency to first audio); false for text (latency to first reply). */
  TurnTimer(CallId id, boolean waitsForAudio, Consumer<TurnMetric> store) {
    this.id = id;
    this.waitsForAudio = waitsForAudio;
    this.store = store;
  }

  /** The caller finished speaking (or sent text): a new turn starts now. */
  void start(long nanos) {
    flush();
    startNanos = nanos;
    latency = OptionalLong.empty();
    latencyUsed = false;
  }

  /** Starts a turn unless one is already waiting for Chris's first output (speech end came before the text). */
  void startIfIdle(long nanos) {
    if (startNanos < 0) {
      start(nanos);
    }
  }

  /** Chris's first output of the turn; returns its latency in ms once per turn, empty otherwise. */
  OptionalLong firstOutput(long nanos) {
    if (startNanos < 0) {
      return OptionalLong.empty();
    }
    long millis = Math.max(0, (nanos - startNanos) / 1_000_000);
    startNanos = -1;
    latency = OptionalLong.of(millis);
    pending.ifPresent(m -> {
      pending = Optional.empty();
      latencyUsed = true;
      store.accept(withAudio(m, latency));
    });
    return latency;
  }

  /** A model answered part of this turn. */
  void model(CallEvent.ModelUsed used, Instant at) {
    flush();
    TurnMetric metric = new TurnMetric(id, at, used.model(), used.reason(), isEscalation(used.reason()),
        used.firstTokenMillis(), OptionalLong.empty());
    if (!waitsForAudio) {
      store.accept(metric);
    } else if (latency.isPresent() && !latencyUsed) {
      latencyUsed = true;
      store.accept(withAudio(metric, latency));
    } else {
      pending = Optional.of(metric);
    }
  }

  /** Stores a metric still waiting for audio, without it (next turn, or the call ended). */
  void flush() {
    pending.ifPresent(store);
    pending = Optional.empty();
  }

  /** Routing gives a hard turn to the strong model with the reason "strong: ..."; failover is not escalation. */
  static boolean isEscalation(String reason) {
    return reason.startsWith("strong");
  }

  private static TurnMetric withAudio(TurnMetric m, OptionalLong audio) {
    return new TurnMetric(m.callId(), m.at(), m.model(), m.reason(), m.escalated(), m.firstTokenMillis(), audio);
  }
}
