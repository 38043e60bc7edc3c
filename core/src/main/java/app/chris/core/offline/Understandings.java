package app.chris.core.offline;

import app.chris.core.port.TranscriptLine;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The engine's understanding of caller lines, remembered for the lines it read last: a tool turn reads its line
 * twice (the step that asks for tools, then the step that voices their results). Keyed by the transcript line
 * (its time included), not its words: only the same call reads a line again. Thread-safe; bounded.
 */
final class Understandings {
  /** Lines in flight at once: one or two per live call, with room to spare for hundreds of calls. */
  static final int REMEMBERED = 1024;
  private final LanguageUnderstanding nlu;
  private final Map<TranscriptLine, Understanding> recent = new LinkedHashMap<>(REMEMBERED, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<TranscriptLine, Understanding> eldest) {
      return size() > REMEMBERED;
    }
  };

  Understandings(LanguageUnderstanding nlu) {
    this.nlu = nlu;
  }

  /** What {@code line} means; understood once while it stays among the recent lines. */
  Understanding of(TranscriptLine line) {
    synchronized (recent) {
      Understanding known = recent.get(line);
      if (known != null) {
        return known;
      }
    }
    Understanding understood = nlu.understand(line.text()); // outside the lock: other calls need not wait
    synchronized (recent) {
      recent.put(line, understood);
    }
    return understood;
  }

  /** What {@code text} means, not remembered (a line that is not in the transcript). */
  Understanding of(String text) {
    return nlu.understand(text);
  }
}
