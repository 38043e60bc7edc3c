package app.chris.core.call;

import app.chris.core.port.Expectation;
import app.chris.core.port.PendingConfirmation;
import java.util.Optional;

/**
 * Tells the host when the kind of answer expected changes (e.g. the ears wait longer for an address), once per
 * change. Not thread-safe: used only under its session's lock.
 */
final class ListeningHint {
  private final CallOutput output;
  private Expectation expecting = Expectation.ANYTHING;

  ListeningHint(CallOutput output) {
    this.output = output;
  }

  /** After a turn: what Chris last said (and any pending yes/no) decides what the caller will answer with. */
  void after(Optional<String> lastSaid, Optional<PendingConfirmation> pending) {
    Expectation next = Expectations.after(lastSaid, pending);
    if (next != expecting) {
      expecting = next;
      output.event(new CallEvent.Expecting(next));
    }
  }
}
