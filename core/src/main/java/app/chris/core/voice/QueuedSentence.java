package app.chris.core.voice;

import app.chris.core.port.AudioFrame;
import app.chris.core.port.AudioSink;
import app.chris.core.port.FailureKind;
import app.chris.core.port.PortException;
import app.chris.core.port.SpeechSynthesizer;
import app.chris.core.port.Utterance;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One sentence in a {@link VoiceCallOutput}'s queue and the sink of its utterance. The mutable playback fields
 * are guarded by the owner's lock; the utterance handle by this object's own lock.
 */
final class QueuedSentence implements AudioSink {
  final String text;
  final int index;
  final List<AudioFrame> buffered = new ArrayList<>();
  boolean cancelled;
  boolean done;
  long sentBytes;

  private final VoiceCallOutput owner;
  private Optional<Utterance> utterance = Optional.empty();
  private boolean cancelRequested;

  QueuedSentence(String text, int index, VoiceCallOutput owner) {
    this.text = text;
    this.index = index;
    this.owner = owner;
  }

  /** Starts synthesis; a failure to start ends the sentence with no audio (it is skipped, not fatal). */
  void start(SpeechSynthesizer voice) {
    try {
      Utterance started = voice.begin(this);
      boolean cancelledMeanwhile;
      synchronized (this) {
        utterance = Optional.of(started);
        cancelledMeanwhile = cancelRequested;
      }
      if (cancelledMeanwhile) {
        started.cancel();
        return;
      }
      started.append(text);
      started.end();
    } catch (PortException e) {
      failed(e);
    } catch (RuntimeException e) {
      failed(new PortException(FailureKind.UNKNOWN, "speech synthesis failed to start", e));
    }
  }

  /** Barge-in: stop synthesis (now, or as soon as it has started). */
  void cancel() {
    Optional<Utterance> current;
    synchronized (this) {
      cancelRequested = true;
      current = utterance;
    }
    current.ifPresent(Utterance::cancel);
  }

  @Override
  public void audio(AudioFrame frame) {
    owner.audio(this, frame);
  }

  @Override
  public void done() {
    owner.done(this, Optional.empty());
  }

  @Override
  public void failed(PortException failure) {
    owner.done(this, Optional.of(failure));
  }
}
