package app.chris.adapters.elevenlabs;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Collects streamed text into whole sentences: auto_mode gives the best audio for whole phrases and costs no
 * latency when each sentence is sent the moment it is complete. A sentence ends at . ? or ! followed by white
 * space (so "$1.50" arriving as "$1." + "50" is not split). Not thread-safe: owned by one utterance.
 */
final class SentenceBuffer {
  private final StringBuilder pending = new StringBuilder();

  List<String> add(String text) {
    pending.append(text);
    List<String> sentences = new ArrayList<>();
    int start = 0;
    for (int i = 0; i + 1 < pending.length(); i++) {
      if (isEnd(pending.charAt(i)) && Character.isWhitespace(pending.charAt(i + 1))) {
        addIfSpoken(sentences, pending.substring(start, i + 1));
        start = i + 1;
      }
    }
    pending.delete(0, start);
    return sentences;
  }

  /** Whatever is left when the utterance ends. */
  Optional<String> rest() {
    String rest = pending.toString().strip();
    pending.setLength(0);
    return rest.isEmpty() ? Optional.empty() : Optional.of(rest);
  }

  private static void addIfSpoken(List<String> sentences, String sentence) {
    String trimmed = sentence.strip();
    if (!trimmed.isEmpty()) {
      sentences.add(trimmed);
    }
  }

  private static boolean isEnd(char c) {
    return c == '.' || c == '?' || c == '!';
  }
}
