package app.chris.app.bench;

import app.chris.testkit.twilio.CallerTap;
import java.util.concurrent.TimeUnit;

/**
 * One simulated call's stopwatch: times the greeting, each turn's first reply frame, barge-in to {@code clear},
 * each frame's lateness against the caller's 20 ms playout, and hands frames to a {@link StampCheck}.
 * Called on the caller's socket and timer threads and read by its script; thread-safe.
 */
final class CallerProbe implements CallerTap {
  private static final long FRAME_NANOS = TimeUnit.MILLISECONDS.toNanos(20);
  private final BenchStats stats;
  private final long vendorNanos;
  private long startNanos;
  private boolean greeted;
  private long speechEndedNanos;
  private long bargeInNanos;
  private long playoutNanos; // when the caller needs the next frame; 0 = nothing playing (next frame starts afresh)
  private long playedUntilNanos;
  private long replyFrames;
  private boolean afterBargeIn;
  private final StampCheck stamps;

  CallerProbe(BenchStats stats, FreshUtterances fresh, long vendorNanos) {
    this.stats = stats;
    this.vendorNanos = vendorNanos;
    this.stamps = new StampCheck(stats, fresh, this);
  }

  @Override
  public synchronized void startSent(long nanos) {
    startNanos = nanos;
  }

  @Override
  public void frameSent(long dueNanos, long sentNanos) {
    stats.framesSent.incrementAndGet();
    stats.time(stats.sendLag, sentNanos - dueNanos);
    if (sentNanos - dueNanos > FRAME_NANOS) {
      stats.framesSentLate.incrementAndGet();
    }
  }

  @Override
  public synchronized void received(long nanos, String event, byte[] payload) {
    if (event.equals("media")) {
      media(nanos, payload);
    } else if (event.equals("clear")) {
      if (bargeInNanos != 0) {
        stats.time(stats.bargeIn, nanos - bargeInNanos);
        bargeInNanos = 0;
      }
      playoutNanos = 0;
      playedUntilNanos = nanos;
    }
  }

  private void media(long nanos, byte[] payload) {
    stats.framesReceived.incrementAndGet();
    replyFrames++;
    if (!greeted) {
      greeted = true;
      stats.time(stats.greeting, nanos - startNanos);
    }
    if (speechEndedNanos != 0) {
      stats.time(stats.turnLatency, nanos - speechEndedNanos);
      stats.time(afterBargeIn ? stats.turnOverheadAfterBargeIn : stats.turnOverhead,
          nanos - speechEndedNanos - vendorNanos);
      speechEndedNanos = 0;
    }
    if (playoutNanos != 0) {
      stats.time(stats.jitter, nanos - playoutNanos);
    }
    playoutNanos = Math.max(playoutNanos, nanos) + FRAME_NANOS;
    playedUntilNanos = Math.max(playedUntilNanos, nanos) + payload.length * TimeUnit.MILLISECONDS.toNanos(1) / 8;
    stamps.frame(nanos, payload);
  }

  /**
   * The caller stopped talking now: the next frame answers the turn, and starts a fresh playout. A turn right
   * after a barge-in is timed apart: it may queue behind the interrupted turn's last work.
   */
  synchronized void speechEnded(long nanos, boolean interrupting) {
    speechEndedNanos = nanos;
    afterBargeIn = interrupting;
    playoutNanos = 0;
    replyFrames = 0;
  }

  /** The caller starts talking over Chris now: the {@code clear} that follows is timed. */
  synchronized void bargeIn(long nanos) {
    bargeInNanos = nanos;
  }

  synchronized boolean greeted() {
    return greeted;
  }

  /** True once the current turn has been answered with audio. */
  synchronized boolean answered() {
    return speechEndedNanos == 0 && replyFrames > 0;
  }

  /** True while a barge-in waits for its {@code clear}. */
  synchronized boolean clearPending() {
    return bargeInNanos != 0;
  }

  /** True when everything received has played and nothing new came for {@code quiet}. */
  synchronized boolean quiet(long nowNanos, long quietNanos) {
    return nowNanos - playedUntilNanos > quietNanos;
  }

  /** A turn got no audio in time ({@code cut}: the call's time ran out first); not timed. */
  synchronized void abandonTurn(boolean cut) {
    if (speechEndedNanos != 0) {
      speechEndedNanos = 0;
      (cut ? stats.turnsCutByHangUp : stats.turnsUnanswered).incrementAndGet();
    }
  }

  /** A barge-in got no {@code clear} (Chris had nothing left to say): not timed. */
  synchronized void abandonBargeIn() {
    if (bargeInNanos != 0) {
      bargeInNanos = 0;
      stats.bargeInsWithoutClear.incrementAndGet();
    }
  }
}
