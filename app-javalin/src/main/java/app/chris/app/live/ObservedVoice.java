package app.chris.app.live;

import app.chris.core.port.AudioFrame;
import app.chris.core.port.AudioSink;
import app.chris.core.port.PortException;
import app.chris.core.port.SpeechSynthesizer;
import app.chris.core.port.Utterance;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Chris's voice on one call, watched: the first frame of each utterance reports the voice as streaming and
 * (for the turn's first answer) the latency; a failure reports the voice as failed. Audio passes through as is.
 */
final class ObservedVoice implements SpeechSynthesizer {
  private final SpeechSynthesizer delegate;
  private final CallReport report;
  private final String vendor;

  ObservedVoice(SpeechSynthesizer delegate, CallReport report, String vendor) {
    this.delegate = delegate;
    this.report = report;
    this.vendor = vendor;
  }

  @Override
  public Utterance begin(AudioSink sink) {
    AtomicBoolean heard = new AtomicBoolean();
    return delegate.begin(new AudioSink() {
      @Override
      public void audio(AudioFrame frame) {
        sink.audio(frame);
        if (heard.compareAndSet(false, true)) {
          report.audioStarted();
          report.vendor(vendor, "streaming");
        }
      }

      @Override
      public void done() {
        sink.done();
      }

      @Override
      public void failed(PortException failure) {
        sink.failed(failure);
        report.vendor(vendor, "failed (" + failure.kind().name().toLowerCase(Locale.ROOT) + ")");
      }
    });
  }
}
