package app.chris.core.port;

import java.util.List;
import java.util.Objects;

/** A tool the core offers the model. The core enforces its policy whatever the model asks. */
public record ToolSpec(String name, String description, List<ToolParameter> parameters) {
  public ToolSpec {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(description, "description");
    parameters = List.copyOf(parameters);
  }
}
