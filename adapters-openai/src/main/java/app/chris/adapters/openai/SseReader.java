package app.chris.adapters.openai;

import java.io.IOException;
import java.util.Optional;
import okio.BufferedSource;

/**
 * A minimal Server-Sent Events reader for Chat Completions: joins multi-line {@code data:} fields, skips comments
 * and other fields, dispatches on blank lines and stops at {@code [DONE]}. Lines split across network chunks are
 * reassembled by the buffered source. Not thread-safe: one reader per response.
 */
final class SseReader {
  private static final String DONE = "[DONE]";
  /** Chat chunks are a few hundred bytes; a line or event beyond these is a broken stream, not a reply to wait for. */
  static final long MAX_LINE_BYTES = 1 << 20;
  static final int MAX_EVENT_CHARS = 4 << 20;
  private final BufferedSource source;
  private boolean finished;
  private boolean sawDone;
  private int malformedLines;

  SseReader(BufferedSource source) {
    this.source = source;
  }

  /** The next event's data, or empty at {@code [DONE]} or the end of the stream (see {@link #sawDone()}). */
  Optional<String> next() throws IOException {
    StringBuilder data = null;
    while (!finished) {
      String line = line();
      if (line == null) {
        finished = true; // an event without its closing blank line is incomplete: the SSE spec drops it
      } else if (line.isEmpty()) {
        if (data != null) {
          return dispatch(data.toString());
        }
      } else if (!line.startsWith(":")) {
        data = field(line, data);
      }
    }
    return Optional.empty();
  }

  // Without a bound, a stream that never sends a newline would be buffered until memory runs out.
  private String line() throws IOException {
    if (source.indexOf((byte) '\n', 0, MAX_LINE_BYTES) == -1 && source.request(MAX_LINE_BYTES)) {
      throw new IOException("event stream line longer than " + MAX_LINE_BYTES + " bytes");
    }
    return source.readUtf8Line();
  }

  private Optional<String> dispatch(String data) {
    if (DONE.equals(data.strip())) {
      finished = true;
      sawDone = true;
      return Optional.empty();
    }
    return Optional.of(data);
  }

  private StringBuilder field(String line, StringBuilder data) throws IOException {
    int colon = line.indexOf(':');
    String name = colon < 0 ? line : line.substring(0, colon);
    String value = colon < 0 ? "" : line.substring(colon + 1);
    if (value.startsWith(" ")) {
      value = value.substring(1);
    }
    if (name.equals("data")) {
      StringBuilder joined = data == null ? new StringBuilder() : data.append('\n');
      if (joined.length() + value.length() > MAX_EVENT_CHARS) {
        throw new IOException("event stream event longer than " + MAX_EVENT_CHARS + " characters");
      }
      return joined.append(value);
    }
    if (!name.equals("event") && !name.equals("id") && !name.equals("retry")) {
      malformedLines++;
    }
    return data;
  }

  boolean sawDone() {
    return sawDone;
  }

  /** Lines that were neither data, comment nor a known SSE field. */
  int malformedLines() {
    return malformedLines;
  }
}
