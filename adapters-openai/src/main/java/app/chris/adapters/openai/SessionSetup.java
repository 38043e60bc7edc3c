package app.chris.adapters.openai;

import app.chris.core.port.Expectation;
import app.chris.core.port.Prompt;
import app.chris.core.port.RealtimeEvent;
import java.util.Optional;

/**
 * What every socket of one session is configured with: the prompt and what was said since ({@link SessionMemory}),
 * the turn detection and the kind of answer expected now. A reopened socket gets all of it. Thread-safe.
 */
final class SessionSetup {
  private final RealtimeClientEvents out;
  private final TurnDetection detection;
  private final SessionMemory memory;
  private Expectation expecting = Expectation.ANYTHING;

  SessionSetup(RealtimeClientEvents out, TurnDetection detection, SessionMemory memory) {
    this.out = out;
    this.detection = detection;
    this.memory = memory;
  }

  /** The full {@code session.update} for a socket. */
  synchronized String configuration() {
    return out.sessionUpdate(memory.replay(), detection, expecting);
  }

  /** A new prompt: the {@code session.update} that applies it. */
  String replace(Prompt prompt) {
    memory.replace(prompt);
    return configuration();
  }

  /** A new expectation: the turn detection update to send, when the silence changes. */
  synchronized Optional<String> expect(Expectation next) {
    boolean change = detection.silenceFor(next) != detection.silenceFor(expecting);
    expecting = next;
    return change ? Optional.of(out.turnDetectionUpdate(detection, next)) : Optional.empty();
  }

  /** Keeps what was said, for a reopen. */
  void remember(RealtimeEvent event) {
    if (event instanceof RealtimeEvent.TextDelta d) {
      memory.replyDelta(d.responseId(), d.text());
    } else if (event instanceof RealtimeEvent.ResponseDone d) {
      memory.replyDone(d.responseId());
    } else if (event instanceof RealtimeEvent.Transcript t && t.complete()) {
      memory.callerSaid(t.text());
    }
  }
}
