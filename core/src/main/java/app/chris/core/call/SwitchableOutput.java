package app.chris.core.call;

import app.chris.core.port.PhoneNumber;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A session's output that the host may replace mid-call: after a live transfer nobody answered, the caller comes
 * back on a new media stream, so Chris speaks through a new output. Thread-safe.
 */
final class SwitchableOutput implements CallOutput {
  private final AtomicReference<CallOutput> current;

  SwitchableOutput(CallOutput first) {
    this.current = new AtomicReference<>(Objects.requireNonNull(first, "first"));
  }

  void switchTo(CallOutput next) {
    current.set(Objects.requireNonNull(next, "next"));
  }

  @Override
  public void say(String sentence) {
    current.get().say(sentence);
  }

  @Override
  public void stopSpeaking() {
    current.get().stopSpeaking();
  }

  @Override
  public java.util.List<String> bargeIn() {
    return current.get().bargeIn();
  }

  @Override
  public void transfer(PhoneNumber to, String whisper) {
    current.get().transfer(to, whisper);
  }

  @Override
  public void hangUp() {
    current.get().hangUp();
  }

  @Override
  public void event(CallEvent event) {
    current.get().event(event);
  }
}
