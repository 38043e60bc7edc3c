package app.chris.adapters.jdbi;

import app.chris.core.port.PhoneNumber;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Typed, pointer-aware access to fields of a portfolio file: each getter either returns a valid value or throws
 * {@link PortfolioFormatException} naming the field's JSON pointer. Stateless.
 */
final class Fields {
  private Fields() {}

  static PortfolioFormatException bad(String pointer, String sentence) {
    return new PortfolioFormatException(pointer, sentence);
  }

  private static Optional<JsonNode> field(JsonNode object, String name) {
    JsonNode v = object.get(name);
    return v == null || v.isNull() ? Optional.empty() : Optional.of(v);
  }

  static JsonNode object(JsonNode parent, String name, String ptr) {
    JsonNode v = field(parent, name).orElseThrow(() -> bad(ptr, name + " is required."));
    if (!v.isObject()) {
      throw bad(ptr, name + " must be a JSON object.");
    }
    return v;
  }

  /** Elements of an optional array, each paired with its pointer; a missing array is empty. */
  static List<Item> items(JsonNode parent, String name, String ptr, boolean required) {
    Optional<JsonNode> v = field(parent, name);
    if (v.isEmpty()) {
      if (required) {
        throw bad(ptr, name + " is required.");
      }
      return List.of();
    }
    if (!v.get().isArray()) {
      throw bad(ptr, name + " must be a JSON array.");
    }
    List<Item> out = new ArrayList<>();
    for (int i = 0; i < v.get().size(); i++) {
      out.add(new Item(v.get().get(i), ptr + "/" + i));
    }
    return out;
  }

  static List<String> strings(JsonNode parent, String name, String ptr) {
    return items(parent, name, ptr, false).stream().map(i -> string(i.node(), i.pointer())).toList();
  }

  static String text(JsonNode parent, String name, String ptr) {
    return optionalText(parent, name, ptr).orElseThrow(() -> bad(ptr, name + " is required."));
  }

  static Optional<String> optionalText(JsonNode parent, String name, String ptr) {
    return field(parent, name).map(v -> string(v, ptr));
  }

  static String string(JsonNode v, String ptr) {
    if (!v.isTextual() || v.asText().isBlank()) {
      throw bad(ptr, "Expected a non-empty string at " + ptr + ".");
    }
    return v.asText().strip();
  }

  static PhoneNumber phone(JsonNode v, String ptr) {
    String text = string(v, ptr);
    try {
      return new PhoneNumber(text);
    } catch (IllegalArgumentException e) {
      throw bad(ptr, "\"" + text + "\" is not an E.164 phone number such as +12175550100.");
    }
  }

  /** Money: a JSON number with at most two decimals, returned at scale 2. */
  static BigDecimal money(JsonNode v, String ptr) {
    if (!v.isNumber()) {
      throw bad(ptr, "Money must be a JSON number such as 950 or 125.50.");
    }
    BigDecimal amount = v.decimalValue();
    if (amount.stripTrailingZeros().scale() > 2) {
      throw bad(ptr, "Money has at most two decimals; " + amount.toPlainString() + " has more.");
    }
    return amount.setScale(2);
  }

  static int count(JsonNode parent, String name, String ptr) {
    JsonNode v = field(parent, name).orElseThrow(() -> bad(ptr, name + " is required."));
    if (!v.isIntegralNumber() || !v.canConvertToInt() || v.asInt() < 0) {
      throw bad(ptr, name + " must be a whole number of zero or more.");
    }
    return v.asInt();
  }

  static double amount(JsonNode parent, String name, String ptr) {
    JsonNode v = field(parent, name).orElseThrow(() -> bad(ptr, name + " is required."));
    if (!v.isNumber() || v.asDouble() < 0) {
      throw bad(ptr, name + " must be a number of zero or more.");
    }
    return v.asDouble();
  }

  static boolean flag(JsonNode parent, String name, String ptr, boolean otherwise) {
    Optional<JsonNode> v = field(parent, name);
    if (v.isPresent() && !v.get().isBoolean()) {
      throw bad(ptr, name + " must be true or false.");
    }
    return v.map(JsonNode::asBoolean).orElse(otherwise);
  }

  /** One element of an array in the file, with the pointer that names it. */
  record Item(JsonNode node, String pointer) {
    String at(String field) {
      return pointer + "/" + field;
    }
  }
}
