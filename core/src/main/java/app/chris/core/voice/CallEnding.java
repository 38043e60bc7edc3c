package app.chris.core.voice;

import java.util.Optional;

/**
 * How a voice call ends: a hang-up waits until everything queued is on the line (the line itself waits for the
 * goodbye's mark), a transfer until it was also heard, so goodbyes and hand-off announcements are not cut. After
 * the end nothing more is said. Not thread-safe: guarded by the {@link VoiceCallOutput}'s lock.
 */
final class CallEnding {
  private Optional<Runnable> action = Optional.empty();
  private boolean afterPlayback;
  private boolean over;

  /** True once an end was asked for: later sentences are dropped. */
  boolean ending() {
    return action.isPresent() || over;
  }

  void request(Runnable end, boolean waitForPlayback) {
    if (!ending()) {
      action = Optional.of(end);
      afterPlayback = waitForPlayback;
    }
  }

  /** Ends the call now if what it waits for is done. */
  void runIfReady(Playback playback) {
    boolean ready = playback.drained() && !(afterPlayback && playback.awaitingPlayback());
    if (ready && action.isPresent()) {
      Runnable end = action.get();
      action = Optional.empty();
      over = true;
      end.run();
    }
  }
}
