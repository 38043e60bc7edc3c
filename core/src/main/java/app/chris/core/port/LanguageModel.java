package app.chris.core.port;

/**
 * A turn-based language model (cloud chat model or the offline engine). {@link #complete} blocks until the reply
 * is complete, streaming text deltas as they arrive, and throws {@link PortException} on failure. Implementations
 * are thread-safe and keep no per-call state: everything they know comes in the {@link Prompt}.
 */
public interface LanguageModel {
  /** A stable name for records and metrics, e.g. {@code openai:gpt-4.1-mini} or {@code offline}. */
  String name();

  ModelReply complete(Prompt prompt, TextStream stream);

  /**
   * True when this model's latest request succeeded (for a cloud model: its circuit breaker was closed by a
   * success), so it is worth trying even on a call whose link to the vendor failed. Unknown counts as false.
   */
  default boolean provenHealthy() {
    return false;
  }
}
