package app.chris.core.voice;

import app.chris.core.call.FixedLines;
import app.chris.core.port.PropertyDirectory;
import java.time.Clock;
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
  private final Clock clock;
  private long version = Long.MIN_VALUE;
  private List<String> lines = List.of();
  private Set<String> set = Set.of();

  public FixedLineBook(PropertyDirectory directory, Clock clock) {
    this.directory = directory;
    this.clock = clock;
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

  /** The lines a call needs first at this time of day ({@link FixedLines#urgent}). */
  public Set<String> urgentNow() {
    return Set.copyOf(FixedLines.urgent(directory.company(), clock.instant()));
  }

  private void refresh() {
    long now = directory.version();
    if (now != version) {
      lines = FixedLines.forCompany(directory.company());
      set = new HashSet<>(lines);
      version = now;
    }
  }
}
