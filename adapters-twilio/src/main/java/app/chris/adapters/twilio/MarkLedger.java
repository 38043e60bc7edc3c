package app.chris.adapters.twilio;

import app.chris.core.port.AudioFrame;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Bookkeeping of one stream's marks: how much of each utterance the caller actually heard. Audio counts as
 * heard only up to the last mark Twilio echoed; marks pending at a {@code clear} are echoed too but prove
 * nothing, so their echoes are ignored. Thread-safe (one lock; calls are tiny).
 */
public final class MarkLedger {
  private static final int BYTES_PER_MS = 8;
  private static final int MAX_UTTERANCES = 256;

  private final Map<String, Progress> utterances = new LinkedHashMap<>(16, 0.75f, false) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<String, Progress> eldest) {
      return size() > MAX_UTTERANCES;
    }
  };
  private final Map<String, Pending> pending = new LinkedHashMap<>();
  private final Set<String> voided = new HashSet<>();
  private long sequence;

  /** Records audio sent to Twilio for {@code utteranceId}. */
  public synchronized void sent(String utteranceId, AudioFrame frame) {
    progress(utteranceId).sentBytes += frame.mulaw().length;
  }

  /** Registers a mark after the audio sent so far and returns the unique name to send to Twilio. */
  public synchronized String mark(String utteranceId) {
    String name = utteranceId + "#" + (++sequence);
    mark(utteranceId, name);
    return name;
  }

  /** Same with a caller-chosen name (e.g. the core's {@code CallerLine.mark(name)}); names must be unique. */
  public synchronized void mark(String utteranceId, String name) {
    Objects.requireNonNull(name, "name");
    if (pending.containsKey(name)) {
      throw new IllegalArgumentException("mark already pending: " + name);
    }
    voided.remove(name);
    pending.put(name, new Pending(utteranceId, progress(utteranceId).sentBytes));
  }

  /**
   * Twilio echoed {@code name}. Playback is in order, so every earlier pending mark has played too.
   * Returns false for echoes that prove nothing (unknown, or pending when the queue was cleared).
   */
  public synchronized boolean echoed(String name) {
    if (voided.remove(name) || !pending.containsKey(name)) {
      return false;
    }
    for (Iterator<Map.Entry<String, Pending>> it = pending.entrySet().iterator(); it.hasNext(); ) {
      Map.Entry<String, Pending> entry = it.next();
      it.remove();
      Progress progress = utterances.get(entry.getValue().utteranceId());
      if (progress != null) {
        progress.playedBytes = Math.max(progress.playedBytes, entry.getValue().offsetBytes());
      }
      if (entry.getKey().equals(name)) {
        break;
      }
    }
    return true;
  }

  /** We sent {@code clear}: nothing still queued will be played, whatever the echoes say. */
  public synchronized void cleared() {
    voided.addAll(pending.keySet());
    pending.clear();
  }

  /** Milliseconds of {@code utteranceId} the caller heard (mark-confirmed), never more than was sent. */
  public synchronized long playedMillis(String utteranceId) {
    Progress progress = utterances.get(utteranceId);
    return progress == null ? 0 : Math.min(progress.playedBytes, progress.sentBytes) / BYTES_PER_MS;
  }

  public synchronized long sentMillis(String utteranceId) {
    Progress progress = utterances.get(utteranceId);
    return progress == null ? 0 : progress.sentBytes / BYTES_PER_MS;
  }

  /** True while some marked audio has not been confirmed played: the caller may still be hearing Chris. */
  public synchronized boolean awaitingPlayback() {
    return !pending.isEmpty();
  }

  private Progress progress(String utteranceId) {
    Objects.requireNonNull(utteranceId, "utteranceId");
    return utterances.computeIfAbsent(utteranceId, id -> new Progress());
  }

  private static final class Progress {
    long sentBytes;
    long playedBytes;
  }

  private record Pending(String utteranceId, long offsetBytes) {}
}
