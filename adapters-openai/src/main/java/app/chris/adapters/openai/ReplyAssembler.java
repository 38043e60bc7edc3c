package app.chris.adapters.openai;

import app.chris.core.port.ModelReply;
import app.chris.core.port.TextStream;
import app.chris.core.port.TokenUsage;
import app.chris.core.port.ToolCall;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Folds streamed {@code chat.completion.chunk}s into a {@link ModelReply}: forwards text deltas as they come and
 * joins tool-call fragments by {@code index} ({@code id} and {@code name} arrive in the first fragment only);
 * passes the final usage chunk on as {@link TokenUsage}.
 * One per attempt; not thread-safe.
 */
final class ReplyAssembler {
  private final TextStream out;
  private final ToolArguments arguments;
  private final StringBuilder text = new StringBuilder();
  private final Map<Integer, PartialCall> calls = new TreeMap<>();
  private boolean streamedText;
  private boolean finished;
  private String usage = "";

  ReplyAssembler(TextStream out, ToolArguments arguments) {
    this.out = out;
    this.arguments = arguments;
  }

  /** Takes one chunk; false when it had neither choices nor usage (counted as malformed by the caller). */
  boolean accept(JsonNode chunk) {
    if (chunk.path("usage").isObject()) {
      JsonNode counts = chunk.get("usage");
      usage = counts.toString();
      out.usage(new TokenUsage(Math.max(0, counts.path("prompt_tokens").asLong()),
          Math.max(0, counts.path("prompt_tokens_details").path("cached_tokens").asLong()),
          Math.max(0, counts.path("completion_tokens").asLong())));
    }
    JsonNode choices = chunk.path("choices");
    if (!choices.isArray()) {
      return !usage.isEmpty();
    }
    for (JsonNode choice : choices) {
      if (choice.path("index").asInt(0) == 0) {
        acceptDelta(choice.path("delta"));
        finished |= choice.hasNonNull("finish_reason");
      }
    }
    return true;
  }

  private void acceptDelta(JsonNode delta) {
    String content = delta.path("content").asText("");
    if (!content.isEmpty()) {
      text.append(content);
      streamedText = true;
      out.delta(content);
    }
    int position = 0;
    for (JsonNode fragment : delta.path("tool_calls")) {
      int index = fragment.path("index").asInt(position++);
      calls.computeIfAbsent(index, i -> new PartialCall()).add(fragment);
    }
  }

  /** True once a text delta reached the caller's stream: from then on a retry would repeat words. */
  boolean streamedText() {
    return streamedText;
  }

  /** True once a choice reported its {@code finish_reason}. */
  boolean finished() {
    return finished;
  }

  /** The token usage the provider reported at the end of the stream, as JSON text; empty if none. */
  String usage() {
    return usage;
  }

  ModelReply reply() {
    if (calls.isEmpty()) {
      return new ModelReply.Text(text.toString());
    }
    List<ToolCall> toolCalls = new ArrayList<>();
    calls.forEach((index, call) -> toolCalls.add(call.toCall(index, arguments)));
    return new ModelReply.ToolUse(text.toString(), toolCalls);
  }

  private static final class PartialCall {
    private String id = "";
    private String name = "";
    private final StringBuilder arguments = new StringBuilder();

    void add(JsonNode fragment) {
      id = fragment.hasNonNull("id") ? fragment.get("id").asText() : id;
      JsonNode function = fragment.path("function");
      name = function.hasNonNull("name") ? function.get("name").asText() : name;
      arguments.append(function.path("arguments").asText(""));
    }

    ToolCall toCall(int index, ToolArguments parser) {
      String callId = id.isEmpty() ? "call_" + index : id;
      return parser.toCall(callId, name, arguments.toString());
    }
  }
}
