package app.chris.core.port;

import java.util.Map;
import java.util.Objects;

/**
 * What a tool run produced, for the model: {@code content} is a short plain-language statement of the outcome
 * (what a cloud model reads); {@code data} carries the same outcome as named fields for deterministic models.
 */
public record ToolResult(String callId, String name, boolean ok, String content, Map<String, String> data) {
  public ToolResult {
    Objects.requireNonNull(callId, "callId");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(content, "content");
    data = Map.copyOf(data);
  }
}
