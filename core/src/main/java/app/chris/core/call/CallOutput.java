package app.chris.core.call;

import app.chris.core.port.PhoneNumber;
import java.util.List;

/**
 * Where a session's output goes: sentences to say, barge-in, transfer, hang-up, events. The text channel
 * collects sentences as replies; the voice channel synthesizes them onto the caller's line. Implementations must
 * be thread-safe and must not block for long (barge-in arrives on another thread).
 */
public interface CallOutput {
  /** One complete sentence (or short phrase) Chris says, in order. */
  void say(String sentence);

  /** The caller talked over Chris: stop and drop what has not been heard yet. */
  void stopSpeaking();

  /**
   * The caller talked over Chris: stops like {@link #stopSpeaking()} and returns the sentences the caller did not
   * hear in full, in the order they were said. Empty where everything said is delivered at once (text channels).
   */
  default List<String> bargeIn() {
    stopSpeaking();
    return List.of();
  }

  void transfer(PhoneNumber to, String whisper);

  void hangUp();

  default void event(CallEvent event) {}
}
