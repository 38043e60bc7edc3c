package app.chris.core.voice;

import app.chris.core.port.FailureKind;
import java.util.Objects;
import java.util.Optional;

/**
 * Where the voice's warm-up stands: still {@code WARMING}, {@code WARMING_REST} (the voice answered and the urgent
 * lines are cached: it takes calls while the rest warm), {@code READY} (done) or {@code FAILED} (the voice did not
 * answer; {@code failure} says why, and a retryable kind is retried in the background). {@code cached} of
 * {@code total} fixed lines are in the phrase cache; {@code damaged} cache files were found and skipped.
 */
public record WarmUpStatus(State state, int cached, int total, int damaged, Optional<FailureKind> failure) {
  public WarmUpStatus {
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(failure, "failure");
    if (cached < 0 || total < 0 || damaged < 0) {
      throw new IllegalArgumentException("counts must not be negative");
    }
    if ((state == State.FAILED) != failure.isPresent()) {
      throw new IllegalArgumentException("a failure kind goes with FAILED and only with it");
    }
  }

  /** The stages of a warm-up. */
  public enum State {
    WARMING,
    WARMING_REST,
    READY,
    FAILED;

    /** True once the voice answered and the lines a call needs first are cached. */
    public boolean takesCalls() {
      return this == WARMING_REST || this == READY;
    }
  }

  /** One line for operators (no secrets), e.g. "152 of 152 phrases cached, credentials ok". */
  public String describe() {
    String phrases = cached + " of " + total + " phrases cached"
        + (damaged > 0 ? " (" + damaged + " damaged cache files skipped)" : "");
    switch (state) {
      case WARMING:
        return "warming: " + phrases;
      case WARMING_REST:
        return phrases + ", credentials ok; warming the rest";
      case READY:
        return phrases + ", credentials ok";
      case FAILED:
        FailureKind kind = failure.orElseThrow();
        return "voice check failed (" + kind + (kind.retryable() ? ", retrying" : "") + "); " + phrases;
      default:
        throw new IllegalStateException("unhandled " + state);
    }
  }
}
