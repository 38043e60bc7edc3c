package app.chris.core.offline;

import app.chris.core.port.TranscriptLine;
import java.util.List;

/**
 * What the caller asked for in their last few lines before this one (the balance a verification question
 * interrupted, the tour before a name was given), understood only when a turn asks: most turns carry their own
 * request and never do. Understanding every earlier line on every step was most of the engine's CPU per turn.
 * Immutable.
 */
final class EarlierRequests {
  private final List<TranscriptLine> lines;
  private final Understandings nlu;

  EarlierRequests(List<TranscriptLine> lines, Understandings nlu) {
    this.lines = List.copyOf(lines);
    this.nlu = nlu;
  }

  /** Whether any of the earlier lines asked for {@code need}. */
  boolean asked(Need need) {
    return lines.stream().anyMatch(line -> nlu.of(line).has(need));
  }
}
