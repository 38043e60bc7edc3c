package app.chris.core.port;

import java.util.List;
import java.util.Objects;

/** A model's answer to one prompt: words for the caller, or tool calls (optionally with words said first). */
public sealed interface ModelReply permits ModelReply.Text, ModelReply.ToolUse {

  String text();

  /** The model's words for the caller; the turn is complete. */
  record Text(String text) implements ModelReply {
    public Text {
      Objects.requireNonNull(text, "text");
    }
  }

  /** The model wants tools run; {@code text} (possibly empty) is said while they run. */
  record ToolUse(String text, List<ToolCall> calls) implements ModelReply {
    public ToolUse {
      Objects.requireNonNull(text, "text");
      calls = List.copyOf(calls);
      if (calls.isEmpty()) {
        throw new IllegalArgumentException("tool use without calls");
      }
    }
  }
}
