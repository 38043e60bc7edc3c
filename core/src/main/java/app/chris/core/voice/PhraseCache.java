package app.chris.core.voice;

import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Pre-synthesised mu-law for fixed lines (greetings, hold phrases, confirmations), one file per phrase under a
 * directory (e.g. DATA_DIR/phrases), named by a hash of voice, model and text so a voice change never plays stale
 * audio. Survives restarts; least recently used phrases are deleted beyond the limits (recency survives too, as
 * the files' modification times, refreshed at most hourly). Damaged files are deleted, counted and never played.
 * This voice's phrases are also held in memory (bounded by the same limits), so playing one touches no disk.
 * Thread-safe (one lock).
 */
public final class PhraseCache {
  private static final Logger log = LoggerFactory.getLogger(PhraseCache.class);
  private static final long TOUCH_EVERY_MILLIS = 3_600_000;

  private final Clock clock;
  private final PhraseDirectory files;
  private final String voice;
  private final PhraseCacheLimits limits;
  private final Map<String, Long> sizes = new LinkedHashMap<>(16, 0.75f, true);
  private final Map<String, byte[]> audio = new HashMap<>();
  private final Map<String, Long> touchedAt = new HashMap<>();
  private long totalBytes;
  private int corrupted;

  /** Opens (or creates) the cache; {@code voice} names the voice and model, e.g. "voiceId/eleven_flash_v2_5". */
  public PhraseCache(Path directory, String voice, PhraseCacheLimits limits) {
    this(directory, voice, limits, Clock.systemUTC());
  }

  /** {@code clock} times the on-disk recency marks. */
  public PhraseCache(Path directory, String voice, PhraseCacheLimits limits, Clock clock) {
    this.clock = clock;
    this.files = new PhraseDirectory(directory);
    this.voice = voice;
    this.limits = limits;
    // Every file is checked once at start-up, so a damaged one is counted before any call could play it.
    for (String key : files.keysOldestFirst()) {
      Optional<PhraseFile.Entry> entry = files.read(key);
      if (entry.isEmpty()) {
        discard(key);
        continue;
      }
      add(key, files.size(key));
      if (entry.get().voice().equals(voice)) {
        audio.put(key, entry.get().mulaw());
      }
    }
    evict();
  }

  public synchronized boolean contains(String text) {
    return sizes.containsKey(key(text));
  }

  /** The cached audio, marked as recently used; empty when absent or damaged (then deleted and counted). */
  public synchronized Optional<byte[]> get(String text) {
    String key = key(text);
    if (sizes.get(key) == null) { // get, not containsKey: it moves the phrase to most recently used
      return Optional.empty();
    }
    byte[] held = audio.get(key);
    if (held == null) {
      Optional<PhraseFile.Entry> entry = files.read(key);
      if (entry.isEmpty()) {
        discard(key);
        return Optional.empty();
      }
      held = entry.get().mulaw();
      audio.put(key, held);
    }
    long now = clock.millis();
    if (now - touchedAt.getOrDefault(key, 0L) >= TOUCH_EVERY_MILLIS) {
      files.touch(key, clock.instant());
      touchedAt.put(key, now);
    }
    return Optional.of(held.clone());
  }

  /** Stores a phrase; a crash while writing never leaves half a phrase behind. */
  public synchronized void put(String text, byte[] mulaw) {
    if (text.isBlank() || mulaw.length == 0) {
      throw new IllegalArgumentException("a cached phrase needs text and audio");
    }
    String key = key(text);
    long size = files.write(key, voice, text.strip(), mulaw);
    forget(key);
    add(key, size);
    audio.put(key, mulaw.clone());
    touchedAt.put(key, clock.millis());
    evict();
  }

  /** Phrases on disk (of any voice sharing the directory). */
  public synchronized int size() {
    return sizes.size();
  }

  /** Bytes on disk: what {@link PhraseCacheLimits#maxBytes()} bounds. */
  public synchronized long bytes() {
    return totalBytes;
  }

  /** Damaged files found since this cache was opened (at start-up or when read); each was deleted. */
  public synchronized int corrupted() {
    return corrupted;
  }

  private void add(String key, long size) {
    sizes.put(key, size);
    totalBytes += size;
  }

  private void evict() {
    Iterator<Map.Entry<String, Long>> eldest = sizes.entrySet().iterator();
    while ((sizes.size() > limits.maxPhrases() || totalBytes > limits.maxBytes()) && eldest.hasNext()) {
      Map.Entry<String, Long> entry = eldest.next();
      eldest.remove();
      totalBytes -= entry.getValue();
      audio.remove(entry.getKey());
      touchedAt.remove(entry.getKey());
      files.delete(entry.getKey());
    }
  }

  private void forget(String key) {
    Long size = sizes.remove(key);
    audio.remove(key);
    touchedAt.remove(key);
    if (size != null) {
      totalBytes -= size;
    }
  }

  private void discard(String key) {
    forget(key);
    corrupted++;
    files.delete(key);
    log.warn("Phrase cache: damaged file {} deleted; the phrase will be synthesised again", key);
  }

  /** The name of {@code text} in this cache's voice ({@link PhraseKeys}): its file name here and on every instance. */
  public String key(String text) {
    return PhraseKeys.of(voice, text);
  }
}
