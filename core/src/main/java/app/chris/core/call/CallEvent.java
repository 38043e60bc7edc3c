package app.chris.core.call;

import app.chris.core.port.Expectation;
import app.chris.core.port.PhoneNumber;
import app.chris.core.port.TokenUsage;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/** Observable things a session does besides speaking, for the API's debug events and the live dashboard. */
public sealed interface CallEvent
    permits CallEvent.ToolRan, CallEvent.Transferred, CallEvent.ModelUsed, CallEvent.StateChanged,
        CallEvent.Expecting {

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

  /**
   * Which model answered a step of a turn, why it was chosen (routing), its first text token after the request
   * started, and (on the phone) after the caller stopped speaking; the tokens when the model reports them. A step
   * that streamed no text counts its end as the first token.
   */
  record ModelUsed(String model, String reason, long firstTokenMillis, OptionalLong speechToFirstTokenMillis,
      Optional<TokenUsage> tokens) implements CallEvent {
    public ModelUsed {
      Objects.requireNonNull(model, "model");
      Objects.requireNonNull(reason, "reason");
      Objects.requireNonNull(speechToFirstTokenMillis, "speechToFirstTokenMillis");
      Objects.requireNonNull(tokens, "tokens");
    }

    public ModelUsed(String model, String reason, long firstTokenMillis) {
      this(model, reason, firstTokenMillis, OptionalLong.empty(), Optional.empty());
    }
  }

  /** What Chris is doing now: listening, thinking, speaking, on hold, transferring, ended. */
  record StateChanged(Activity activity) implements CallEvent {
    public StateChanged {
      Objects.requireNonNull(activity, "activity");
    }
  }

  /**
   * What Chris expects the caller to say next; emitted when it changes (the call starts at {@code ANYTHING}).
   * The phone's ears wait longer for slow answers such as an address or digits.
   */
  record Expecting(Expectation next) implements CallEvent {
    public Expecting {
      Objects.requireNonNull(next, "next");
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
