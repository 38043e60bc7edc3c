package app.chris.core.port;

import java.util.Objects;

/** A tool call the model made this turn and the result the core gave it. */
public record ToolExchange(ToolCall call, ToolResult result) {
  public ToolExchange {
    Objects.requireNonNull(call, "call");
    Objects.requireNonNull(result, "result");
  }
}
