package app.chris.core.voice;

import app.chris.core.port.AudioFrame;
import app.chris.core.port.CallerLine;
import app.chris.core.voice.SpokenSentence.Delivery;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * The sentences of one call on their way to the line: synthesised in parallel, played strictly in order (audio
 * of a later sentence waits in its buffer until the ones before it are done), a mark after each. Not
 * thread-safe: guarded by the {@link VoiceCallOutput}'s lock.
 */
final class Playback {
  private final CallerLine line;
  private final Deque<QueuedSentence> queue = new ArrayDeque<>();
  private final SpokenLog spoken = new SpokenLog();

  Playback(CallerLine line) {
    this.line = line;
  }

  /** What a barge-in stopped: the sentences to cancel and the texts the caller did not hear in full. */
  record Cut(List<QueuedSentence> cancelled, List<String> unheard) {}

  QueuedSentence add(String text, VoiceCallOutput owner) {
    QueuedSentence next = new QueuedSentence(text, spoken.add(text), owner);
    queue.addLast(next);
    return next;
  }

  /** Barge-in: drops everything queued and clears the line if anything could still be heard. */
  Cut cut() {
    boolean audible = !queue.isEmpty() || spoken.awaitingPlayback();
    List<QueuedSentence> cancelled = new ArrayList<>(queue);
    cancelled.forEach(s -> s.cancelled = true);
    queue.clear();
    List<String> unheard = spoken.cutOff();
    if (audible) {
      line.clearPlayback();
    }
    return new Cut(cancelled, unheard);
  }

  /** Audio of {@code s} arrived: straight to the line if it is at the head, else buffered. */
  void audio(QueuedSentence s, AudioFrame frame) {
    s.sentBytes += frame.mulaw().length;
    if (queue.peekFirst() == s) {
      line.play(frame);
    } else {
      s.buffered.add(frame);
    }
  }

  /** {@code s} has all its audio; every finished sentence at the head gets its mark, the next one plays. */
  void done(QueuedSentence s) {
    s.done = true;
    while (!queue.isEmpty() && queue.peekFirst().done) {
      QueuedSentence head = queue.removeFirst();
      if (head.sentBytes > 0) {
        spoken.set(head.index, Delivery.PLAYING);
        line.mark(VoiceCallOutput.MARK_PREFIX + head.index);
      } else {
        spoken.set(head.index, Delivery.CUT_OFF);
      }
      QueuedSentence next = queue.peekFirst();
      if (next != null) {
        next.buffered.forEach(line::play);
        next.buffered.clear();
      }
    }
  }

  void heardThrough(int index) {
    spoken.heardThrough(index);
  }

  /** Nothing is waiting for synthesis or its turn on the line. */
  boolean drained() {
    return queue.isEmpty();
  }

  /** Audio was sent whose mark has not come back. */
  boolean awaitingPlayback() {
    return spoken.awaitingPlayback();
  }

  List<SpokenSentence> spoken() {
    return spoken.snapshot();
  }
}
