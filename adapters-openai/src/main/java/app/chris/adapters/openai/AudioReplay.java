package app.chris.adapters.openai;

import app.chris.core.port.AudioFrame;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Caller audio across a session reopen. Keeps a rolling window of what was sent, so an utterance the expired
 * session never transcribed is sent again, and holds what arrives while the new session connects. Bounded;
 * not thread-safe (the session guards it).
 */
final class AudioReplay {
  /** The longest utterance sent again: longer ones lose their start. */
  static final int WINDOW_MILLIS = 15_000;
  /** Sent again when no utterance was open: speech may have begun before VAD flagged it. */
  static final int TAIL_MILLIS = 500;
  /** Held while reconnecting; a reopen slower than this drops the oldest audio. */
  static final int HELD_MILLIS = 10_000;
  private final Deque<AudioFrame> window = new ArrayDeque<>();
  private final Deque<AudioFrame> held = new ArrayDeque<>();
  private int windowMillis;
  private int heldMillis;
  private boolean utteranceOpen;

  /** A frame went out on the live session. */
  void sent(AudioFrame frame) {
    window.addLast(frame);
    windowMillis += millis(frame);
    while (windowMillis > WINDOW_MILLIS && window.size() > 1) {
      windowMillis -= millis(window.removeFirst());
    }
  }

  /** A frame arrived while no session is live. */
  void hold(AudioFrame frame) {
    held.addLast(frame);
    heldMillis += millis(frame);
    while (heldMillis > HELD_MILLIS && held.size() > 1) {
      heldMillis -= millis(held.removeFirst());
    }
  }

  void speechStarted() {
    utteranceOpen = true;
  }

  /** The utterance was transcribed (or failed to be): the server is done with it. */
  void utteranceFinished() {
    utteranceOpen = false;
  }

  /** What the new session must hear first, in order; empties the buffers. */
  List<AudioFrame> drain() {
    List<AudioFrame> replay = new ArrayList<>();
    int keep = utteranceOpen ? WINDOW_MILLIS : TAIL_MILLIS;
    int skip = windowMillis;
    for (AudioFrame frame : window) {
      skip -= millis(frame);
      if (skip < keep) {
        replay.add(frame);
      }
    }
    replay.addAll(held);
    window.clear();
    held.clear();
    windowMillis = 0;
    heldMillis = 0;
    utteranceOpen = false;
    return replay;
  }

  /** At least 1 ms, so tiny frames still count against the bounds. */
  private static int millis(AudioFrame frame) {
    return Math.max(1, frame.durationMillis());
  }
}
