package app.chris.app.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;

/** Reads request bodies as JSON objects, turning every malformation into a 400 {@link ApiException}. */
final class JsonBodies {
  private final ObjectMapper mapper;

  JsonBodies(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  /** The body as a JSON object; an empty body reads as {@code {}} so all-optional requests may omit it. */
  ObjectNode object(String body) {
    if (body == null || body.isBlank()) {
      return JsonNodeFactory.instance.objectNode();
    }
    JsonNode node;
    try {
      node = mapper.readTree(body);
    } catch (JsonProcessingException e) {
      throw ApiException.badRequest("malformed_json", "The request body is not valid JSON.");
    }
    if (node == null || !node.isObject()) {
      throw ApiException.badRequest("malformed_json", "The request body must be a JSON object.");
    }
    return (ObjectNode) node;
  }

  /** An optional string field; present but not a string (or blank) is a 400 naming the field. */
  static Optional<String> optionalText(ObjectNode body, String field) {
    JsonNode value = body.get(field);
    if (value == null || value.isNull()) {
      return Optional.empty();
    }
    if (!value.isTextual()) {
      throw ApiException.badRequest("invalid_field", "Field '" + field + "' must be a string.");
    }
    return Optional.of(value.asText());
  }

  static Optional<Boolean> optionalBoolean(ObjectNode body, String field) {
    JsonNode value = body.get(field);
    if (value == null || value.isNull()) {
      return Optional.empty();
    }
    if (!value.isBoolean()) {
      throw ApiException.badRequest("invalid_field", "Field '" + field + "' must be true or false.");
    }
    return Optional.of(value.asBoolean());
  }
}
