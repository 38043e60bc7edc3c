package app.chris.core.call;

import app.chris.core.port.PhoneNumber;
import java.util.Objects;

/** Observable things a session does besides speaking, for the API's debug events and the live dashboard. */
public sealed interface CallEvent
    permits CallEvent.ToolRan, CallEvent.Transferred, CallEvent.ModelUsed, CallEvent.StateChanged {

  /** A tool ran (or was refused by policy: {@code ok == false}). */
  record ToolRan(String name, boolean ok, String detail) implements CallEvent {
    public ToolRan {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(detail, "detail");
    }
  }

  record Transferred(PhoneNumber to, String reason) implements CallEvent {
    public Transferred {
      Objects.requireNonNull(to, "to");
      Objects.requireNonNull(reason, "reason");
    }
  }

  /** Which model answered a turn and why it was chosen (routing). */
  record ModelUsed(String model, String reason, long firstTokenMillis) implements CallEvent {
    public ModelUsed {
      Objects.requireNonNull(model, "model");
      Objects.requireNonNull(reason, "reason");
    }
  }

  /** What Chris is doing now: listening, thinking, speaking, on hold, transferring, ended. */
  record StateChanged(Activity activity) implements CallEvent {
    public StateChanged {
      Objects.requireNonNull(activity, "activity");
    }
  }

  /** Chris's visible activity. */
  enum Activity {
    LISTENING,
    THINKING,
    SPEAKING,
    ON_HOLD,
    TRANSFERRING,
    ENDED
  }
}
