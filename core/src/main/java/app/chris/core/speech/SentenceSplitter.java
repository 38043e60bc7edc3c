package app.chris.core.speech;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts streamed text into complete sentences as deltas arrive, so each can be spoken at once. Not thread-safe:
 * one splitter per model reply.
 */
public final class SentenceSplitter {
  // A sentence ends at . ! or ? followed by whitespace; digits around a dot ($1,250.50) do not end one.
  private static final Pattern END = Pattern.compile("(?<!\\b(?:Mr|Mrs|Ms|Dr|St|Ct|Ave|No))[.!?]+[\"')]?(?=\\s)");
  private final StringBuilder buffer = new StringBuilder();

  /** Adds a delta and returns the sentences it completed, in order. */
  public List<String> add(String delta) {
    buffer.append(delta);
    List<String> out = new ArrayList<>();
    Matcher m = END.matcher(buffer);
    int start = 0;
    while (m.find()) {
      addIfText(out, buffer.substring(start, m.end()));
      start = m.end();
    }
    buffer.delete(0, start);
    return out;
  }

  /** The rest of the text once the reply is complete. */
  public List<String> finish() {
    List<String> out = new ArrayList<>();
    addIfText(out, buffer.toString());
    buffer.setLength(0);
    return out;
  }

  /** Splits a complete text into sentences. */
  public static List<String> split(String text) {
    SentenceSplitter splitter = new SentenceSplitter();
    List<String> out = new ArrayList<>(splitter.add(text));
    out.addAll(splitter.finish());
    return out;
  }

  private static void addIfText(List<String> out, String sentence) {
    String s = sentence.strip();
    if (!s.isEmpty()) {
      out.add(s);
    }
  }
}
