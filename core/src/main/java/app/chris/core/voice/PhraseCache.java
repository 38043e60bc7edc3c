package app.chris.core.voice;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Pre-synthesised mu-law for fixed lines (greetings, hold phrases, confirmations), one file per phrase under a
 * directory (e.g. DATA_DIR/phrases), named by a hash of voice, model and text so a voice change never plays stale
 * audio. Least recently used phrases are deleted beyond the limits. Thread-safe (one lock; files are small).
 */
public final class PhraseCache {
  private static final String SUFFIX = ".ulaw";

  private final Path directory;
  private final String voice;
  private final PhraseCacheLimits limits;
  private final Map<String, Long> sizes = new LinkedHashMap<>(16, 0.75f, true);
  private long totalBytes;

  /** Opens (or creates) the cache; {@code voice} names the voice and model, e.g. "voiceId/eleven_flash_v2_5". */
  public PhraseCache(Path directory, String voice, PhraseCacheLimits limits) {
    this.directory = directory;
    this.voice = voice;
    this.limits = limits;
    try {
      Files.createDirectories(directory);
      loadIndex();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open phrase cache " + directory, e);
    }
  }

  public synchronized boolean contains(String text) {
    return sizes.containsKey(key(text));
  }

  /** The cached audio, marked as recently used; empty when absent or unreadable. */
  public synchronized Optional<byte[]> get(String text) {
    String key = key(text);
    if (sizes.get(key) == null) { // get, not containsKey: it moves the phrase to most recently used
      return Optional.empty();
    }
    try {
      Path file = file(key);
      byte[] audio = Files.readAllBytes(file);
      Files.setLastModifiedTime(file, FileTime.from(Instant.now()));
      return Optional.of(audio);
    } catch (IOException e) {
      forget(key);
      return Optional.empty();
    }
  }

  /** Stores a phrase (written to a temporary file, then moved, so a crash never leaves half a phrase). */
  public synchronized void put(String text, byte[] mulaw) {
    String key = key(text);
    try {
      Path temporary = Files.createTempFile(directory, key, ".tmp");
      Files.write(temporary, mulaw);
      Files.move(temporary, file(key), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot store phrase", e);
    }
    forget(key);
    sizes.put(key, (long) mulaw.length);
    totalBytes += mulaw.length;
    evict();
  }

  public synchronized int size() {
    return sizes.size();
  }

  public synchronized long bytes() {
    return totalBytes;
  }

  private void evict() {
    Iterator<Map.Entry<String, Long>> eldest = sizes.entrySet().iterator();
    while ((sizes.size() > limits.maxPhrases() || totalBytes > limits.maxBytes()) && eldest.hasNext()) {
      Map.Entry<String, Long> entry = eldest.next();
      eldest.remove();
      totalBytes -= entry.getValue();
      delete(entry.getKey());
    }
  }

  private void forget(String key) {
    Long size = sizes.remove(key);
    if (size != null) {
      totalBytes -= size;
    }
  }

  private void delete(String key) {
    try {
      Files.deleteIfExists(file(key));
    } catch (IOException e) {
      // A file we cannot delete is only wasted disk; the index no longer serves it.
    }
  }

  private void loadIndex() throws IOException {
    List<Path> files;
    try (Stream<Path> listing = Files.list(directory)) {
      files = listing.filter(p -> p.getFileName().toString().endsWith(SUFFIX)).collect(Collectors.toList());
    }
    files.sort(Comparator.comparing(PhraseCache::modified));
    for (Path file : files) {
      String name = file.getFileName().toString();
      long size = Files.size(file);
      sizes.put(name.substring(0, name.length() - SUFFIX.length()), size);
      totalBytes += size;
    }
    evict();
  }

  private static FileTime modified(Path file) {
    try {
      return Files.getLastModifiedTime(file);
    } catch (IOException e) {
      return FileTime.fromMillis(0);
    }
  }

  private Path file(String key) {
    return directory.resolve(key + SUFFIX);
  }

  private String key(String text) {
    return PhraseKeys.of(voice, text);
  }
}
