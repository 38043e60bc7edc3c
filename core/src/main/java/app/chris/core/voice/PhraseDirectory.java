package app.chris.core.voice;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The files of a {@link PhraseCache}: one {@code <key>.phrase} per phrase, written atomically (temporary file,
 * then move). A file is valid only if its checksum matches and its voice and text hash to its name. Stateless
 * apart from the path; the cache serialises access.
 */
final class PhraseDirectory {
  private static final String SUFFIX = ".phrase";

  private final Path directory;

  PhraseDirectory(Path directory) {
    this.directory = directory;
    try {
      Files.createDirectories(directory);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open phrase cache " + directory, e);
    }
  }

  /** Phrase files' keys, least recently used first; leftovers of interrupted writes are deleted. */
  List<String> keysOldestFirst() {
    List<Path> files;
    try (Stream<Path> listing = Files.list(directory)) {
      files = listing.collect(Collectors.toList());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list phrase cache " + directory, e);
    }
    files.stream().filter(p -> p.getFileName().toString().endsWith(".tmp")).forEach(PhraseDirectory::delete);
    return files.stream().filter(p -> p.getFileName().toString().endsWith(SUFFIX))
        .sorted(Comparator.comparing(PhraseDirectory::modified)).map(PhraseDirectory::key)
        .collect(Collectors.toList());
  }

  /** The intact phrase stored under {@code key}; empty when missing, unreadable or damaged. */
  Optional<PhraseFile.Entry> read(String key) {
    try {
      return PhraseFile.decode(Files.readAllBytes(file(key)))
          .filter(e -> key.equals(PhraseKeys.of(e.voice(), e.text())));
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /** Writes the phrase; returns the bytes it takes on disk. */
  long write(String key, String voice, String text, byte[] mulaw) {
    byte[] encoded = PhraseFile.encode(voice, text, mulaw);
    try {
      Path temporary = Files.createTempFile(directory, key, ".tmp");
      Files.write(temporary, encoded);
      Files.move(temporary, file(key), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot store phrase", e);
    }
    return encoded.length;
  }

  long size(String key) {
    try {
      return Files.size(file(key));
    } catch (IOException e) {
      return 0;
    }
  }

  /** Marks the phrase used at {@code now}, so recency survives a restart. */
  void touch(String key, Instant now) {
    try {
      Files.setLastModifiedTime(file(key), FileTime.from(now));
    } catch (IOException e) {
      // Recency on disk only orders eviction after a restart; the in-memory order is already updated.
    }
  }

  void delete(String key) {
    delete(file(key));
  }

  private static void delete(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      // A file we cannot delete is only wasted disk; the index no longer serves it.
    }
  }

  private static FileTime modified(Path file) {
    try {
      return Files.getLastModifiedTime(file);
    } catch (IOException e) {
      return FileTime.fromMillis(0);
    }
  }

  private static String key(Path file) {
    String name = file.getFileName().toString();
    return name.substring(0, name.length() - SUFFIX.length());
  }

  private Path file(String key) {
    return directory.resolve(key + SUFFIX);
  }
}
