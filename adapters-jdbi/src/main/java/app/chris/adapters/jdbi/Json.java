package app.chris.adapters.jdbi;

import app.chris.core.port.FailureKind;
import app.chris.core.port.PortException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The one Jackson mapper of this adapter (thread-safe once built, never reconfigured) and tree helpers for
 * optional fields. Decimals are read as {@code BigDecimal} so money keeps its exact digits.
 */
final class Json {
  static final ObjectMapper MAPPER =
      new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

  private Json() {}

  static ObjectNode object() {
    return MAPPER.createObjectNode();
  }

  static ArrayNode array() {
    return MAPPER.createArrayNode();
  }

  static String write(JsonNode node) {
    try {
      return MAPPER.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a tree always serialises", e);
    }
  }

  /** Parses JSON this adapter wrote; unreadable stored JSON is a broken database, reported as a port failure. */
  static JsonNode parse(String text) {
    try {
      return MAPPER.readTree(text);
    } catch (JsonProcessingException e) {
      throw new PortException(FailureKind.UNKNOWN, "stored JSON is unreadable: " + e.getOriginalMessage(), e);
    }
  }

  static void put(ObjectNode node, String field, Optional<String> value) {
    value.ifPresentOrElse(v -> node.put(field, v), () -> node.putNull(field));
  }

  static Optional<String> text(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v == null || v.isNull() ? Optional.empty() : Optional.of(v.asText());
  }

  static String required(JsonNode node, String field) {
    return text(node, field).orElseThrow(
        () -> new PortException(FailureKind.UNKNOWN, "stored JSON lacks field " + field));
  }

  static Instant instant(JsonNode node, String field) {
    return Instant.parse(required(node, field));
  }

  static ArrayNode strings(List<String> values) {
    ArrayNode a = array();
    values.forEach(a::add);
    return a;
  }

  static <T> List<T> list(JsonNode array, Function<JsonNode, T> read) {
    if (array == null || array.isNull()) {
      return List.of();
    }
    java.util.ArrayList<T> out = new java.util.ArrayList<>();
    array.forEach(n -> out.add(read.apply(n)));
    return List.copyOf(out);
  }
}
