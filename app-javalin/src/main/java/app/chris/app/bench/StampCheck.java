package app.chris.app.bench;

import java.util.Optional;

/**
 * One call's view of the frame stamps: times the relay of fresh frames and checks order. Within one utterance the
 * indexes must follow each other; a gap is a lost frame, a step back a reordering. A new utterance may have
 * waited in Chris for the one before it to finish (sentences play in order): its relay counts from that moment,
 * not from when the fake sent it. Guarded by the owning {@link CallerProbe}'s lock.
 */
final class StampCheck {
  private final BenchStats stats;
  private final FreshUtterances fresh;
  private final Object call;
  private long lastUtterance = -1;
  private int lastIndex = -1;
  private long lastArrivalNanos;
  private long releasedNanos;

  StampCheck(BenchStats stats, FreshUtterances fresh, Object call) {
    this.stats = stats;
    this.fresh = fresh;
    this.call = call;
  }

  void frame(long nanos, byte[] payload) {
    Optional<FrameStamps.Stamp> read = FrameStamps.read(payload);
    if (read.isEmpty()) {
      stats.framesUnstamped.incrementAndGet();
      return;
    }
    FrameStamps.Stamp stamp = read.get();
    order(stamp);
    lastArrivalNanos = nanos;
    if (fresh.firstPlay(call, stamp)) {
      long relay = nanos - Math.max(stamp.sentNanos(), releasedNanos);
      stats.time(stats.relay, relay);
      if (stamp.index() == 0) {
        stats.time(stats.relayFirstFrame, relay); // a sentence's start: what the caller waits for
      }
    }
  }

  private void order(FrameStamps.Stamp stamp) {
    if (stamp.index() == 0 || stamp.utterance() != lastUtterance) {
      releasedNanos = lastArrivalNanos;
    }
    if (stamp.index() == 0) {
      lastUtterance = stamp.utterance(); // a new utterance, or a cached phrase played again from its start
    } else if (stamp.utterance() != lastUtterance) {
      stats.framesDropped.addAndGet(stamp.index()); // its head never arrived
      lastUtterance = stamp.utterance();
    } else if (stamp.index() > lastIndex + 1) {
      stats.framesDropped.addAndGet(stamp.index() - lastIndex - 1);
    } else if (stamp.index() <= lastIndex) {
      stats.framesReordered.incrementAndGet();
    }
    lastIndex = stamp.index();
  }
}
