package app.chris.core.memory;

import app.chris.core.port.CallFacts;
import app.chris.core.port.ConversationMemory;
import app.chris.core.port.Speaker;
import app.chris.core.port.TranscriptLine;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One call's memory: the full transcript (for the record) and a bounded view for the model, where turns older
 * than the window are folded into a short summary. Facts are kept whole outside the window. Not thread-safe;
 * guarded by the session (transcript appends are synchronized for the speech thread).
 */
public final class CallMemory {
  /** Marks where the caller cut Chris off. */
  public static final String INTERRUPTED = "[interrupted]";
  private final Clock clock;
  private final int window;
  private final int summaryLimit;
  private final List<TranscriptLine> transcript = new ArrayList<>();

  public CallMemory(Clock clock, int window, int summaryLimit) {
    if (window < 2 || summaryLimit < 40) {
      throw new IllegalArgumentException("memory window too small");
    }
    this.clock = clock;
    this.window = window;
    this.summaryLimit = summaryLimit;
  }

  public synchronized void add(Speaker speaker, String text) {
    transcript.add(new TranscriptLine(speaker, text, clock.instant()));
  }

  /**
   * The caller talked over Chris and did not hear {@code unheard} (the last sentences Chris said, in order): they
   * leave the transcript, and what was heard of that reply ends with {@link #INTERRUPTED}, so the model knows it
   * was cut off there and does not think it said the rest.
   */
  public synchronized void interrupted(List<String> unheard) {
    int end = transcript.size();
    int keep = end;
    for (int i = unheard.size() - 1; i >= 0 && keep > 0; i--) {
      TranscriptLine line = transcript.get(keep - 1);
      if (line.speaker() != Speaker.ASSISTANT || !line.text().equals(unheard.get(i))) {
        break;
      }
      keep--;
    }
    if (keep == end) {
      return; // not the tail of Chris's last turn: nothing to take back
    }
    Instant at = transcript.get(keep).at();
    transcript.subList(keep, end).clear();
    TranscriptLine last = keep > 0 ? transcript.get(keep - 1) : null;
    if (last != null && last.speaker() == Speaker.ASSISTANT) {
      transcript.set(keep - 1, new TranscriptLine(Speaker.ASSISTANT, last.text() + " " + INTERRUPTED, last.at()));
    } else {
      transcript.add(new TranscriptLine(Speaker.ASSISTANT, INTERRUPTED, at));
    }
  }

  public synchronized List<TranscriptLine> transcript() {
    return List.copyOf(transcript);
  }

  /** What the model sees this turn. */
  public synchronized ConversationMemory view(CallFacts facts) {
    int cut = Math.max(0, transcript.size() - window);
    return new ConversationMemory(summarise(transcript.subList(0, cut)),
        transcript.subList(cut, transcript.size()), facts);
  }

  // Caller lines carry what matters (requests, answers); keep the newest ones that fit the limit.
  private String summarise(List<TranscriptLine> older) {
    if (older.isEmpty()) {
      return "";
    }
    List<String> parts = new ArrayList<>();
    int length = 0;
    for (int i = older.size() - 1; i >= 0; i--) {
      TranscriptLine line = older.get(i);
      if (line.speaker() != Speaker.CALLER) {
        continue;
      }
      String part = "caller said \"" + clip(line.text(), 90) + "\"";
      if (length + part.length() > summaryLimit) {
        break;
      }
      parts.add(0, part);
      length += part.length() + 2;
    }
    int dropped = older.size() - parts.size();
    return "Earlier in the call (" + older.size() + " lines" + (dropped > 0 ? ", shortened" : "") + "): "
        + String.join("; ", parts) + ".";
  }

  private static String clip(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max - 3) + "...";
  }
}
