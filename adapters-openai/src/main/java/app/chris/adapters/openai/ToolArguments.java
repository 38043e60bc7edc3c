package app.chris.adapters.openai;

import app.chris.core.port.ToolCall;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Converts tool arguments between the model's JSON text and the core's flat string map. Scalars become their
 * text, nested values their JSON, nulls are dropped; text that is not a JSON object is kept as malformed.
 */
final class ToolArguments {
  private final ObjectMapper json;

  ToolArguments(ObjectMapper json) {
    this.json = json;
  }

  ToolCall toCall(String id, String name, String raw) {
    if (raw.isBlank()) {
      return ToolCall.of(id, name, Map.of()); // some compatible providers send "" for a call without arguments
    }
    Optional<Map<String, String>> flat = flatten(raw);
    return flat.map(args -> ToolCall.of(id, name, args))
        .orElseGet(() -> new ToolCall(id, name, Map.of(), Optional.of(raw)));
  }

  String render(Map<String, String> arguments) {
    ObjectNode node = json.createObjectNode();
    arguments.entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .forEach(e -> node.put(e.getKey(), e.getValue()));
    return node.toString();
  }

  private Optional<Map<String, String>> flatten(String raw) {
    JsonNode node;
    try {
      node = json.readTree(raw);
    } catch (JsonProcessingException e) {
      return Optional.empty();
    }
    if (node == null || !node.isObject()) {
      return Optional.empty();
    }
    Map<String, String> flat = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> field : node.properties()) {
      JsonNode value = field.getValue();
      if (!value.isNull()) {
        flat.put(field.getKey(), value.isValueNode() ? value.asText() : value.toString());
      }
    }
    return Optional.of(flat);
  }
}
