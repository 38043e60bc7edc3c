package app.chris.testkit.twilio;

/**
 * Sees what a {@link SimulatedTwilioCaller} sends and receives, stamped with {@link System#nanoTime()}, for the
 * load benchmark. Called on the caller's socket and timer threads; implementations must be thread-safe and quick.
 */
public interface CallerTap {
  /** Does nothing: the default for tests. */
  CallerTap NONE = new CallerTap() {};

  /** The {@code start} frame was handed to the socket. */
  default void startSent(long nanos) {}

  /** A caller audio frame due at {@code dueNanos} (absolute 20 ms schedule) left at {@code sentNanos}. */
  default void frameSent(long dueNanos, long sentNanos) {}

  /** A text message from the server: its {@code event} and, for {@code media}, the decoded payload (else empty). */
  default void received(long nanos, String event, byte[] payload) {}
}
