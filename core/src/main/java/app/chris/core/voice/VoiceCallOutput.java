package app.chris.core.voice;

import app.chris.core.call.CallEvent;
import app.chris.core.call.CallOutput;
import app.chris.core.port.AudioFrame;
import app.chris.core.port.CallerLine;
import app.chris.core.port.PhoneNumber;
import app.chris.core.port.PortException;
import app.chris.core.port.SpeechSynthesizer;
import app.chris.core.voice.SpokenSentence.Delivery;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The voice edge of a call: each sentence is one synthesizer utterance, started at once (synthesis overlaps the
 * playback of earlier sentences) but played on the line strictly in order, with a mark after each sentence.
 * Barge-in cancels synthesis and clears the line at once. Hang-up and transfer wait until every queued sentence
 * is on the line (transfer also until it was heard), so goodbyes are not cut. Thread-safe; never blocks.
 */
public final class VoiceCallOutput implements CallOutput {
  static final String MARK_PREFIX = "say-";
  private static final Logger log = LoggerFactory.getLogger(VoiceCallOutput.class);

  private final SpeechSynthesizer voice;
  private final CallerLine line;
  private final Consumer<CallEvent> events;
  private final Object lock = new Object();
  private final Deque<QueuedSentence> queue = new ArrayDeque<>();
  private final SpokenLog spoken = new SpokenLog();
  private Optional<Runnable> finish = Optional.empty();
  private boolean finishAfterPlayback;

  public VoiceCallOutput(SpeechSynthesizer voice, CallerLine line, Consumer<CallEvent> events) {
    this.voice = Objects.requireNonNull(voice, "voice");
    this.line = Objects.requireNonNull(line, "line");
    this.events = Objects.requireNonNull(events, "events");
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
      if (finish.isPresent()) {
        return; // the call is ending: nothing after the goodbye
      }
      String text = sentence.strip();
      next = new QueuedSentence(text, spoken.add(text), this);
      queue.addLast(next);
    }
    // Outside the lock: a synthesizer may call its sink on its own threads while we call into it.
    next.start(voice);
  }

  @Override
  public void stopSpeaking() {
    List<QueuedSentence> cancelled;
    synchronized (lock) {
      boolean audible = !queue.isEmpty() || spoken.awaitingPlayback();
      cancelled = new ArrayList<>(queue);
      cancelled.forEach(s -> s.cancelled = true);
      queue.clear();
      spoken.cutOff();
      if (audible) {
        line.clearPlayback();
      }
      finishIfReady();
    }
    cancelled.forEach(QueuedSentence::cancel);
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
        spoken.heardThrough(index);
        finishIfReady();
      }
    } catch (NumberFormatException e) {
      // Not one of ours.
    }
  }

  /** Every sentence of the call so far (recent 512) with how far it got; the session trims memory with it. */
  public List<SpokenSentence> spoken() {
    synchronized (lock) {
      return spoken.snapshot();
    }
  }

  /** True while audio is being synthesized or has not been confirmed played. */
  public boolean speaking() {
    synchronized (lock) {
      return !queue.isEmpty() || spoken.awaitingPlayback();
    }
  }

  private void finishWith(Runnable action, boolean afterPlayback) {
    synchronized (lock) {
      if (finish.isEmpty()) {
        finish = Optional.of(action);
        finishAfterPlayback = afterPlayback;
        finishIfReady();
      }
    }
  }

  private void finishIfReady() {
    boolean ready = queue.isEmpty() && !(finishAfterPlayback && spoken.awaitingPlayback());
    if (ready && finish.isPresent()) {
      Runnable action = finish.get();
      finish = Optional.of(() -> {}); // stays present: the call is over, later sentences are dropped
      action.run();
    }
  }

  /** Audio of sentence {@code s} arrived: straight to the line if it is at the head, else buffered. */
  void audio(QueuedSentence s, AudioFrame frame) {
    synchronized (lock) {
      if (s.cancelled || s.done) {
        return;
      }
      s.sentBytes += frame.mulaw().length;
      if (queue.peekFirst() == s) {
        line.play(frame);
      } else {
        s.buffered.add(frame);
      }
    }
  }

  void done(QueuedSentence s, Optional<PortException> failure) {
    failure.ifPresent(e -> log.warn("Speech synthesis failed ({}): {}", e.kind(), e.getMessage()));
    synchronized (lock) {
      if (s.cancelled || s.done) {
        return;
      }
      s.done = true;
      while (!queue.isEmpty() && queue.peekFirst().done) {
        QueuedSentence head = queue.removeFirst();
        if (head.sentBytes > 0) {
          spoken.set(head.index, Delivery.PLAYING);
          line.mark(MARK_PREFIX + head.index);
        } else {
          spoken.set(head.index, Delivery.CUT_OFF);
        }
        QueuedSentence next = queue.peekFirst();
        if (next != null) {
          next.buffered.forEach(line::play);
          next.buffered.clear();
        }
      }
      finishIfReady();
    }
  }
}
