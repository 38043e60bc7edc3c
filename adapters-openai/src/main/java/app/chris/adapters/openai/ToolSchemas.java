package app.chris.adapters.openai;

import app.chris.adapters.openai.ChatRequestJson.FunctionJson;
import app.chris.adapters.openai.ChatRequestJson.ToolJson;
import app.chris.core.port.ToolParameter;
import app.chris.core.port.ToolSpec;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Maps core {@link ToolSpec}s to Chat Completions function tools with a JSON schema per tool. Stateless. */
final class ToolSchemas {
  private final ObjectMapper json;

  ToolSchemas(ObjectMapper json) {
    this.json = json;
  }

  List<ToolJson> tools(List<ToolSpec> specs) {
    return specs.stream().map(this::tool).collect(Collectors.toList());
  }

  private ToolJson tool(ToolSpec spec) {
    return new ToolJson("function", new FunctionJson(spec.name(), spec.description(), schema(spec)));
  }

  private ObjectNode schema(ToolSpec spec) {
    ObjectNode schema = json.createObjectNode();
    schema.put("type", "object");
    ObjectNode properties = schema.putObject("properties");
    ArrayNode required = schema.putArray("required");
    for (ToolParameter parameter : spec.parameters()) {
      properties.set(parameter.name(), property(parameter));
      if (parameter.required()) {
        required.add(parameter.name());
      }
    }
    // The core validates arguments anyway; this only discourages hallucinated parameters.
    schema.put("additionalProperties", false);
    return schema;
  }

  private ObjectNode property(ToolParameter parameter) {
    ObjectNode property = json.createObjectNode();
    property.put("type", parameter.type().name().toLowerCase(Locale.ROOT));
    property.put("description", parameter.description());
    if (!parameter.allowed().isEmpty()) {
      ArrayNode values = property.putArray("enum");
      parameter.allowed().forEach(values::add);
    }
    return property;
  }
}
