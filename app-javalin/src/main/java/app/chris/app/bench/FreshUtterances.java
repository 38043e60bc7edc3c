package app.chris.app.bench;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Decides which frames time the relay: only an utterance synthesised during the run, on its first play, in the
 * call that asked for it. A cached phrase replays frames stamped when it was first synthesised; their age is the
 * cache's, not the relay's. Thread-safe.
 */
final class FreshUtterances {
  private final Map<Long, Object> owners = new ConcurrentHashMap<>();
  private final Map<Long, Integer> lastIndex = new ConcurrentHashMap<>();
  private volatile long firstLive = Long.MAX_VALUE;

  /** Utterances stamped from now on are live (earlier ones were the warm-up filling the phrase cache). */
  void liveFrom(long utterance) {
    firstLive = utterance;
  }

  boolean firstPlay(Object call, FrameStamps.Stamp stamp) {
    if (stamp.utterance() < firstLive || owners.putIfAbsent(stamp.utterance(), call) != null
        && owners.get(stamp.utterance()) != call) {
      return false;
    }
    int previous = lastIndex.getOrDefault(stamp.utterance(), -1);
    if (stamp.index() <= previous) {
      return false; // played again in the same call
    }
    lastIndex.put(stamp.utterance(), stamp.index());
    return true;
  }
}
