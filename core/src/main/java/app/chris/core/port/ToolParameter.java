package app.chris.core.port;

import java.util.List;
import java.util.Objects;

/** One argument of a tool, described so any model (cloud or offline) can fill it. */
public record ToolParameter(String name, Type type, String description, boolean required, List<String> allowed) {
  /** JSON-schema-like primitive type of the argument. */
  public enum Type {
    STRING,
    BOOLEAN,
    NUMBER
  }

  public ToolParameter {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(description, "description");
    allowed = List.copyOf(allowed);
  }
}
