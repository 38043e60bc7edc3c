package app.chris.core.dialogue;

import app.chris.core.port.ToolCall;
import app.chris.core.port.ToolParameter;
import app.chris.core.port.ToolSpec;
import java.util.Locale;
import java.util.Optional;

/** Checks a tool call against the catalog: known tool, parseable arguments, required ones present, values allowed. */
final class ToolArguments {
  private ToolArguments() {}

  /** A sentence for the model saying what is wrong, or empty when the call is well-formed. */
  static Optional<String> problem(ToolCall call) {
    Optional<ToolSpec> spec = ToolCatalog.spec(call.name());
    if (spec.isEmpty()) {
      return Optional.of("There is no tool named '" + call.name() + "'. Use one of the tools offered.");
    }
    if (call.malformedArguments().isPresent()) {
      return Optional.of("The arguments for " + call.name() + " could not be read; send a JSON object with "
          + "string values.");
    }
    for (ToolParameter p : spec.get().parameters()) {
      Optional<String> value = call.argument(p.name());
      if (value.isEmpty()) {
        if (p.required()) {
          return Optional.of(call.name() + " needs the argument '" + p.name() + "' (" + p.description() + ").");
        }
        continue;
      }
      if (!p.allowed().isEmpty() && !p.allowed().contains(value.get().toLowerCase(Locale.ROOT))) {
        return Optional.of("'" + p.name() + "' must be one of " + p.allowed() + ", not '" + value.get() + "'.");
      }
      if (p.type() == ToolParameter.Type.NUMBER && !value.get().matches("-?\\d+(\\.\\d+)?")) {
        return Optional.of("'" + p.name() + "' must be a number, not '" + value.get() + "'.");
      }
    }
    return Optional.empty();
  }
}
