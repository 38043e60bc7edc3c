package app.chris.core.port;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A model's request to run a tool. Arguments arrive as strings (adapters flatten JSON scalars); when the model
 * sent unparseable arguments, {@code malformedArguments} holds the raw text and the core refuses the call.
 */
public record ToolCall(String id, String name, Map<String, String> arguments, Optional<String> malformedArguments) {
  public ToolCall {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    arguments = Map.copyOf(arguments);
    Objects.requireNonNull(malformedArguments, "malformedArguments");
  }

  public static ToolCall of(String id, String name, Map<String, String> arguments) {
    return new ToolCall(id, name, arguments, Optional.empty());
  }

  public Optional<String> argument(String key) {
    return Optional.ofNullable(arguments.get(key)).map(String::strip).filter(s -> !s.isEmpty());
  }
}
