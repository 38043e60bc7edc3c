package app.chris.core.voice;

import app.chris.core.call.FixedLines;
import app.chris.core.port.PropertyDirectory;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * The company's current fixed lines ({@link FixedLines}), recomputed only when the directory changes (an admin may
 * rename the company): what the warm-up synthesises (the urgent ones first) and which live lines the phrase cache
 * keeps. Thread-safe.
 */
public final class FixedLineBook implements Supplier<List<String>>, Predicate<String> {
  private final PropertyDirectory directory;
  private long version = Long.MIN_VALUE;
  private List<String> lines = List.of();
  private Set<String> set = Set.of();
  private Set<String> urgent = Set.of();

  public FixedLineBook(PropertyDirectory directory) {
    this.directory = directory;
  }

  @Override
  public synchronized List<String> get() {
    refresh();
    return lines;
  }

  /** True when {@code sentence} is one of the fixed lines. */
  @Override
  public synchronized boolean test(String sentence) {
    refresh();
    return set.contains(sentence.strip());
  }

  /** True when {@code sentence} is one a call needs in its first seconds or when the voice fails. */
  public synchronized boolean urgent(String sentence) {
    refresh();
    return urgent.contains(sentence.strip());
  }

  private void refresh() {
    long now = directory.version();
    if (now != version) {
      lines = FixedLines.forCompany(directory.company());
      set = new HashSet<>(lines);
      urgent = new HashSet<>(FixedLines.urgent(directory.company()));
      version = now;
    }
  }
}
