package app.chris.core.voice;

import app.chris.core.call.CallEvent;
import app.chris.core.call.CallOutput;
import app.chris.core.port.AudioFrame;
import app.chris.core.port.CallerLine;
import app.chris.core.port.FailureKind;
import app.chris.core.port.PhoneNumber;
import app.chris.core.port.PortException;
import app.chris.core.port.SpeechSynthesizer;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The voice edge of a call: each sentence is one synthesizer utterance, started at once (synthesis overlaps the
 * playback of earlier sentences) but played on the line strictly in order, with a mark after each
 * ({@link Playback}). Barge-in cancels synthesis and clears the line at once and says what the caller missed.
 * Hang-up and transfer wait for the goodbye ({@link CallEnding}). The first sentence the voice fails to produce
 * at all, or a second one in a row it breaks off half-way, is reported to {@code voiceLost}, once, so the host can
 * hand the call over ({@link VoiceLoss}). Thread-safe; never blocks.
 */
public final class VoiceCallOutput implements CallOutput {
  static final String MARK_PREFIX = "say-";
  private static final Logger log = LoggerFactory.getLogger(VoiceCallOutput.class);

  private final SpeechSynthesizer voice;
  private final CallerLine line;
  private final Consumer<CallEvent> events;
  private final Consumer<FailureKind> voiceLost;
  private final Object lock = new Object();
  private final Playback playback;
  private final CallEnding ending = new CallEnding();
  private final VoiceLoss loss = new VoiceLoss();

  public VoiceCallOutput(SpeechSynthesizer voice, CallerLine line, Consumer<CallEvent> events,
      Consumer<FailureKind> voiceLost) {
    this.voice = Objects.requireNonNull(voice, "voice");
    this.line = Objects.requireNonNull(line, "line");
    this.events = Objects.requireNonNull(events, "events");
    this.voiceLost = Objects.requireNonNull(voiceLost, "voiceLost");
    this.playback = new Playback(line);
  }

  public VoiceCallOutput(SpeechSynthesizer voice, CallerLine line, Consumer<CallEvent> events) {
    this(voice, line, events, kind -> {});
  }

  public VoiceCallOutput(SpeechSynthesizer voice, CallerLine line) {
    this(voice, line, event -> {});
  }

  @Override
  public void say(String sentence) {
    if (sentence.isBlank()) {
      return;
    }
    QueuedSentence next;
    synchronized (lock) {
      if (ending.ending()) {
        return; // the call is ending: nothing after the goodbye
      }
      next = playback.add(sentence.strip(), this);
    }
    // Outside the lock: a synthesizer may call its sink on its own threads while we call into it.
    next.start(voice);
  }

  @Override
  public void stopSpeaking() {
    bargeIn();
  }

  @Override
  public List<String> bargeIn() {
    Playback.Cut cut;
    synchronized (lock) {
      cut = playback.cut();
      ending.runIfReady(playback);
    }
    cut.cancelled().forEach(QueuedSentence::cancel);
    return cut.unheard();
  }

  /**
   * The caller is gone (hung up, the stream broke): synthesis stops now and nothing more is started, so a turn
   * still running does not voice the rest of its reply to nobody (ElevenLabs bills every character).
   */
  public void callerGone() {
    synchronized (lock) {
      ending.request(() -> { }, false);
    }
    bargeIn();
  }

  @Override
  public void transfer(PhoneNumber to, String whisper) {
    finishWith(() -> line.transfer(to, whisper), true);
  }

  @Override
  public void hangUp() {
    // The line itself waits for the goodbye's playback mark before hanging up.
    finishWith(line::hangUp, false);
  }

  @Override
  public void event(CallEvent event) {
    events.accept(event);
  }

  /**
   * The line reported that the mark named {@code name} was reached: every sentence up to it was heard. Feed
   * only proven echoes (not those of marks pending at a clear). Unknown names are ignored.
   */
  public void markPlayed(String name) {
    if (!name.startsWith(MARK_PREFIX)) {
      return;
    }
    try {
      int index = Integer.parseInt(name.substring(MARK_PREFIX.length()));
      synchronized (lock) {
        playback.heardThrough(index);
        ending.runIfReady(playback);
      }
    } catch (NumberFormatException e) {
      // Not one of ours.
    }
  }

  /** Every sentence of the call so far (recent 512) with how far it got. */
  public List<SpokenSentence> spoken() {
    synchronized (lock) {
      return playback.spoken();
    }
  }

  /** True while audio is being synthesized or has not been confirmed played. */
  public boolean speaking() {
    synchronized (lock) {
      return !playback.drained() || playback.awaitingPlayback();
    }
  }

  private void finishWith(Runnable action, boolean afterPlayback) {
    synchronized (lock) {
      ending.request(action, afterPlayback);
      ending.runIfReady(playback);
    }
  }

  void audio(QueuedSentence s, AudioFrame frame) {
    synchronized (lock) {
      if (!s.cancelled && !s.done) {
        playback.audio(s, frame);
      }
    }
  }

  void done(QueuedSentence s, Optional<PortException> failure) {
    failure.ifPresent(e -> log.warn("Speech synthesis failed ({}): {}", e.kind(), e.getMessage()));
    Optional<FailureKind> lost;
    synchronized (lock) {
      if (s.cancelled || s.done) {
        return;
      }
      lost = loss.sentenceEnded(failure, s.sentBytes);
      playback.done(s);
      ending.runIfReady(playback);
    }
    lost.ifPresent(voiceLost);
  }
}
