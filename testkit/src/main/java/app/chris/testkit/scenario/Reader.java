package app.chris.testkit.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** Typed field reads for {@link ScenarioParser}; fields are addressed by JSON pointer relative to the root. */
final class Reader {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private final String source;

  Reader(String source) {
    this.source = source;
  }

  ScenarioFormatException fail(String pointer, String problem) {
    return new ScenarioFormatException(source + ": " + (pointer.isEmpty() ? "/" : pointer) + " " + problem);
  }

  void object(JsonNode node, String at) {
    if (node == null || !node.isObject()) {
      throw fail(at, "must be a JSON object");
    }
  }

  JsonNode array(JsonNode parent, String at) {
    JsonNode node = parent.get(last(at));
    if (node == null || !node.isArray()) {
      throw fail(at, "must be a JSON array");
    }
    return node;
  }

  String requiredText(JsonNode parent, String at) {
    return optionalText(parent, at).orElseThrow(() -> fail(at, "is required"));
  }

  Optional<String> optionalText(JsonNode parent, String at) {
    JsonNode node = parent.get(last(at));
    if (node == null || node.isNull()) {
      return Optional.empty();
    }
    if (!node.isTextual()) {
      throw fail(at, "must be a string");
    }
    return Optional.of(node.asText());
  }

  OptionalInt optionalInt(JsonNode parent, String at) {
    JsonNode node = parent.get(last(at));
    if (node == null || node.isNull()) {
      return OptionalInt.empty();
    }
    if (!node.canConvertToInt() || !node.isIntegralNumber() || node.asInt() < 0) {
      throw fail(at, "must be a whole number, 0 or more");
    }
    return OptionalInt.of(node.asInt());
  }

  List<Pattern> patterns(JsonNode parent, String at) {
    if (!parent.has(last(at))) {
      return List.of();
    }
    JsonNode list = array(parent, at);
    List<Pattern> patterns = new ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      if (!list.get(i).isTextual()) {
        throw fail(at + "/" + i, "must be a regular expression string");
      }
      patterns.add(pattern(list.get(i).asText(), at + "/" + i));
    }
    return patterns;
  }

  /** A service-request expectation: string patterns must compile; values stay as JSON scalars. */
  Map<String, Object> requestPattern(JsonNode node, String at) {
    object(node, at);
    Map<String, Object> fields = new LinkedHashMap<>();
    Iterator<Map.Entry<String, JsonNode>> it = node.fields();
    while (it.hasNext()) {
      Map.Entry<String, JsonNode> field = it.next();
      JsonNode value = field.getValue();
      if (value.isContainerNode()) {
        throw fail(at + "/" + field.getKey(), "must be a string, number, boolean or null");
      }
      if (value.isTextual() && !field.getKey().endsWith("Id")) {
        pattern(value.asText(), at + "/" + field.getKey());
      }
      fields.put(field.getKey(), MAPPER.convertValue(value, Object.class));
    }
    return fields;
  }

  private Pattern pattern(String regex, String at) {
    try {
      return Pattern.compile(regex);
    } catch (PatternSyntaxException e) {
      throw fail(at, "is not a valid regular expression: " + e.getDescription());
    }
  }

  private static String last(String pointer) {
    return pointer.substring(pointer.lastIndexOf('/') + 1);
  }
}
