package app.chris.core.port;

/**
 * A live speech-to-speech-capable session (ears, turn detection, fast reasoning) for one call. Thread-safe and
 * non-blocking: calls queue work on the session's connection.
 */
public interface RealtimeSession extends AutoCloseable {
  /** Caller audio, straight from the phone line. */
  void sendAudio(AudioFrame frame);

  /** Barge-in: cancel the active response and trim it to the {@code heardMillis} the caller actually heard. */
  void interrupt(long heardMillis);

  /** Replaces instructions and memory (after failover, escalation or a session-length reopen). */
  void update(Prompt prompt);

  /** Returns a tool's result and lets the model continue. */
  void sendToolResult(ToolResult result);

  /**
   * What the caller is expected to say next: sessions with turn detection wait longer for slow answers
   * (addresses, digits) and go back to normal afterwards. Sessions without tunable turn detection ignore it.
   */
  default void expect(Expectation next) {}

  @Override
  void close();
}
