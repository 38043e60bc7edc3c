package app.chris.app.live;

import app.chris.core.call.CallEvent;
import app.chris.core.call.CallOutput;
import app.chris.core.port.PhoneNumber;
import java.util.Objects;

/**
 * A {@link CallOutput} that passes everything to the real output first (so audio is never delayed by
 * reporting), then reports it on the call's {@link CallReport}. Thread-safe as its delegate is.
 */
final class LiveCallOutput implements CallOutput {
  private final CallOutput delegate;
  private final CallReport report;
  private final boolean textReplies;

  LiveCallOutput(CallOutput delegate, CallReport report, boolean textReplies) {
    this.delegate = Objects.requireNonNull(delegate, "delegate");
    this.report = Objects.requireNonNull(report, "report");
    this.textReplies = textReplies;
  }

  @Override
  public void say(String sentence) {
    delegate.say(sentence);
    report.chrisSaid(sentence, textReplies);
  }

  @Override
  public void stopSpeaking() {
    delegate.stopSpeaking();
  }

  @Override
  public java.util.List<String> bargeIn() {
    return delegate.bargeIn();
  }

  @Override
  public void transfer(PhoneNumber to, String whisper) {
    delegate.transfer(to, whisper);
  }

  @Override
  public void hangUp() {
    delegate.hangUp();
  }

  @Override
  public void event(CallEvent event) {
    delegate.event(event);
    report.event(event);
  }
}
