package app.chris.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Structure-aware fuzzing for JSON file formats: a valid document with a few values swapped for the wrong type,
 * a hostile value, or removed. Reproducible from the seed, so a property-test failure can be replayed.
 */
public final class JsonMutations {
  private static final JsonNodeFactory F = JsonNodeFactory.instance;
  private static final List<JsonNode> ODD = List.of(F.nullNode(), F.textNode(""), F.textNode(" "), F.numberNode(-1),
      F.numberNode(0), F.numberNode(Long.MAX_VALUE), F.numberNode(1e308), F.numberNode(0.001), F.booleanNode(true),
      F.arrayNode(), F.objectNode(), F.textNode("x".repeat(10_000)), F.textNode("<script>alert(1)</script>"),
      F.textNode("'); DROP TABLE t;--"), F.textNode("\u0000\uFFFF\uD800"), F.textNode("+1"), F.textNode("25:99"),
      F.textNode("1e400"), F.textNode("Mars/Olympus"), F.textNode("NaN"), F.textNode("ünïcødé 漏水 💧"),
      F.textNode("(unclosed"), F.textNode("[z-a]"), F.textNode("*"), F.numberNode(2147483648L));

  private JsonMutations() {}

  /** A deep copy of {@code valid} with {@code edits} values replaced by odd ones or removed. */
  public static JsonNode mutate(JsonNode valid, long seed, int edits) {
    JsonNode copy = valid.deepCopy();
    Random random = new Random(seed);
    for (int i = 0; i < edits; i++) {
      List<JsonNode> containers = new ArrayList<>();
      collect(copy, containers);
      JsonNode parent = containers.get(random.nextInt(containers.size()));
      JsonNode odd = ODD.get(random.nextInt(ODD.size()));
      if (parent instanceof ObjectNode && parent.size() > 0) {
        List<String> names = new ArrayList<>();
        parent.fieldNames().forEachRemaining(names::add);
        String name = names.get(random.nextInt(names.size()));
        if (random.nextInt(4) == 0) {
          ((ObjectNode) parent).remove(name);
        } else {
          ((ObjectNode) parent).set(name, odd.deepCopy());
        }
      } else if (parent instanceof ArrayNode && parent.size() > 0) {
        int at = random.nextInt(parent.size());
        if (random.nextInt(3) == 0) {
          ((ArrayNode) parent).add(parent.get(at).deepCopy()); // a duplicate entry (same id twice)
        } else {
          ((ArrayNode) parent).set(at, odd.deepCopy());
        }
      }
    }
    return copy;
  }

  private static void collect(JsonNode node, List<JsonNode> out) {
    if (node.isContainerNode()) {
      out.add(node);
      node.elements().forEachRemaining(child -> collect(child, out));
    }
  }
}
