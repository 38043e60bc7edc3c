package app.chris.core.offline;

import java.util.List;

/**
 * What the caller asked for in their last few lines before this one (the balance a verification question
 * interrupted, the tour before a name was given), understood only when a turn asks: most turns carry their own
 * request and never do. Understanding every earlier line on every step was most of the engine's CPU per turn.
 * Not thread-safe; lives for one model step.
 */
final class EarlierRequests {
  private final List<String> lines;
  private final LanguageUnderstanding nlu;
  private final Understanding[] understood;

  EarlierRequests(List<String> lines, LanguageUnderstanding nlu) {
    this.lines = List.copyOf(lines);
    this.nlu = nlu;
    this.understood = new Understanding[this.lines.size()];
  }

  /** Whether any of the earlier lines asked for {@code need}. */
  boolean asked(Need need) {
    for (int i = 0; i < lines.size(); i++) {
      if (understood[i] == null) {
        understood[i] = nlu.understand(lines.get(i));
      }
      if (understood[i].has(need)) {
        return true;
      }
    }
    return false;
  }
}
