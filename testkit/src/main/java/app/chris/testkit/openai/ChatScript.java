package app.chris.testkit.openai;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What {@link FakeOpenAiServer} does for one request: an HTTP error with OpenAI's error body, or a 200 SSE stream
 * of scripted frames (text, tool-call fragments, malformed lines, an in-stream error, a disconnect). Immutable.
 */
public final class ChatScript {
  final int status;
  final Map<String, String> headers;
  final String errorBody;
  final List<String> frames;
  final Duration firstTokenDelay;
  final boolean disconnect;
  final boolean trickle;

  private ChatScript(Builder b, int status, String errorBody) {
    this.status = status;
    this.headers = Map.copyOf(b.headers);
    this.errorBody = errorBody;
    List<String> all = new ArrayList<>(b.frames);
    if (b.done && status == 200) {
      all.add("data: [DONE]\n\n");
    }
    this.frames = List.copyOf(all);
    this.firstTokenDelay = b.firstTokenDelay;
    this.disconnect = b.disconnect;
    this.trickle = b.trickle;
  }

  /** A plain text answer streamed in the given chunks. */
  public static ChatScript text(String... chunks) {
    Builder builder = stream();
    for (String chunk : chunks) {
      builder.text(chunk);
    }
    return builder.finish("stop").build();
  }

  /** One tool call whose JSON arguments are streamed in the given fragments. */
  public static ChatScript toolCall(String callId, String name, String... argumentFragments) {
    return stream().toolCall(0, callId, name, argumentFragments).finish("tool_calls").build();
  }

  /** A non-2xx answer with OpenAI's {@code {"error":{message,type,param,code}}} body. */
  public static ChatScript httpError(int status, String type, String code, String message) {
    return new ChatScript(new Builder(), status, ChatChunks.errorBody(type, code, message));
  }

  /** 429 rate limit with a {@code retry-after} header in whole seconds. */
  public static ChatScript rateLimited(Duration retryAfter) {
    Builder headers = new Builder().header("retry-after", Long.toString(retryAfter.toSeconds()));
    String body = ChatChunks.errorBody("requests", "rate_limit_exceeded", "Rate limit reached for requests");
    return new ChatScript(headers, 429, body);
  }

  /** 429 for an exhausted billing quota, which must not be retried. */
  public static ChatScript quotaExceeded() {
    return httpError(429, "insufficient_quota", "insufficient_quota", "You exceeded your current quota");
  }

  public static Builder stream() {
    return new Builder();
  }

  /** Builds a 200 SSE stream frame by frame; {@link #build()} appends {@code [DONE]} unless told otherwise. */
  public static final class Builder {
    private final Map<String, String> headers = new LinkedHashMap<>();
    private final List<String> frames = new ArrayList<>();
    private Duration firstTokenDelay = Duration.ZERO;
    private boolean disconnect;
    private boolean trickle;
    private boolean done = true;
    private boolean multiLine;

    private Builder() {}

    public Builder header(String name, String value) {
      headers.put(name, value);
      return this;
    }

    /** Waits this long before the first byte of the body (after the 200 headers). */
    public Builder firstTokenDelay(Duration delay) {
      this.firstTokenDelay = Objects.requireNonNull(delay, "delay");
      return this;
    }

    /** Spreads every following chunk's JSON over several {@code data:} lines of one event. */
    public Builder multiLineData() {
      multiLine = true;
      return this;
    }

    /** Sends the body a few bytes at a time, so events and lines arrive split across reads. */
    public Builder trickle() {
      trickle = true;
      return this;
    }

    public Builder text(String chunk) {
      return event(ChatChunks.text(chunk, multiLine));
    }

    /** Streams a tool call: the first fragment carries id and name, later ones only argument text. */
    public Builder toolCall(int index, String callId, String name, String... argumentFragments) {
      for (int i = 0; i < Math.max(1, argumentFragments.length); i++) {
        String fragment = argumentFragments.length == 0 ? "" : argumentFragments[i];
        event(ChatChunks.toolFragment(index, i == 0 ? callId : null, i == 0 ? name : null, fragment, multiLine));
      }
      return this;
    }

    public Builder finish(String reason) {
      event(ChatChunks.finish(reason, multiLine));
      return event(ChatChunks.usage());
    }

    /** A raw line as-is (plus a newline), e.g. a comment, a bad field or {@code data: {not json}}. */
    public Builder rawLine(String line) {
      frames.add(line + "\n");
      return this;
    }

    /** An {@code {"error":{..}}} object inside the 200 stream; the stream then ends. */
    public Builder streamError(String type, String code, String message) {
      event(ChatChunks.errorBody(type, code, message));
      done = false;
      return this;
    }

    /** Ends the body cleanly but without {@code [DONE]}, as a proxy that cuts streams short might. */
    public Builder endWithoutDone() {
      done = false;
      return this;
    }

    /** Closes the connection abruptly after the frames so far, without {@code [DONE]}. */
    public Builder disconnect() {
      disconnect = true;
      done = false;
      return this;
    }

    public ChatScript build() {
      return new ChatScript(this, 200, "");
    }

    private Builder event(String data) {
      StringBuilder frame = new StringBuilder();
      data.lines().forEach(line -> frame.append("data: ").append(line).append('\n'));
      frames.add(frame.append('\n').toString());
      return this;
    }
  }
}
