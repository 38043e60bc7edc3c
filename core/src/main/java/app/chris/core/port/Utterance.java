package app.chris.core.port;

/**
 * One utterance being synthesized: text is appended sentence by sentence while audio streams to the sink.
 * Thread-safe. After {@link #cancel()} no further audio reaches the sink.
 */
public interface Utterance {
  void append(String text);

  /** No more text: flush what is buffered and finish. */
  void end();

  /** Barge-in: stop now and drop any audio not yet delivered. */
  void cancel();
}
