package app.chris.core.call;

import app.chris.core.port.PhoneNumber;
import java.util.Objects;

/**
 * What the phone line does after a live transfer's dial ended ({@link CallSession#transferEnded}): ring the next
 * person, bring the caller back to Chris, or nothing more (the call is over, or was not waiting on a transfer).
 */
public sealed interface TransferStep permits TransferStep.Dial, TransferStep.BackToAssistant, TransferStep.Finished {

  /** Ring {@code to}; whoever answers hears {@code whisper} before the caller is put through. */
  record Dial(PhoneNumber to, String whisper) implements TransferStep {
    public Dial {
      Objects.requireNonNull(to, "to");
      Objects.requireNonNull(whisper, "whisper");
    }
  }

  /** Nobody answered: reconnect the caller's audio to Chris, who resumes the call ({@link CallSession#resume}). */
  record BackToAssistant() implements TransferStep {}

  /** Nothing more for this call from the core. */
  record Finished() implements TransferStep {}
}
