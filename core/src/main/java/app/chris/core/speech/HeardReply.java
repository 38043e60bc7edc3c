package app.chris.core.speech;

import java.util.ArrayList;
import java.util.List;

/**
 * What the caller heard of Chris's current reply and what they missed (cut off, or never sent after a barge-in),
 * so a reply interrupted by a mere "mm-hmm" can be resumed. Not thread-safe: its {@link Speech}'s lock guards it.
 */
final class HeardReply {
  private final List<String> missed = new ArrayList<>();
  private final List<String> said = new ArrayList<>();
  private String lastHeard = "";
  private boolean lastHeardKnown;

  void newReply() {
    missed.clear();
    said.clear();
    lastHeard = "";
    lastHeardKnown = false;
  }

  /** A sentence of this reply went to the line. */
  void said(String sentence) {
    said.add(sentence);
  }

  /** A sentence of this reply came after the caller cut in: never sent. */
  void unsent(String sentence) {
    missed.add(sentence);
  }

  /** The caller cut in; {@code cut}: sentences sent that they did not hear in full, in order. */
  void cut(List<String> cut) {
    missed.addAll(cut);
    if (!cut.isEmpty() || !lastHeardKnown) {
      lastHeard = cut.isEmpty() ? last(said) : heardBefore(cut.get(0));
      lastHeardKnown = true;
    }
  }

  /**
   * What the caller missed, if it can be resumed: empty when nothing was missed or when the caller had just
   * heard a question (their words then answer it rather than acknowledge).
   */
  List<String> resumable() {
    return lastHeard.endsWith("?") ? List.of() : List.copyOf(missed);
  }

  /** The sentence of this reply said just before {@code firstCut}: the last one the caller heard. */
  private String heardBefore(String firstCut) {
    int at = said.lastIndexOf(firstCut);
    return at > 0 ? said.get(at - 1) : "";
  }

  private static String last(List<String> sentences) {
    return sentences.isEmpty() ? "" : sentences.get(sentences.size() - 1);
  }
}
