package app.chris.testkit.scenario;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Reads {@code chris-scenario/1} JSON into a {@link Scenario}. Every problem is a {@link ScenarioFormatException}
 * naming the source and the JSON pointer of the bad field. Thread-safe.
 */
public final class ScenarioParser {
  public static final String FORMAT = "chris-scenario/1";
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private ScenarioParser() {}

  public static Scenario parse(String json, String source) {
    JsonNode root;
    try {
      root = MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new ScenarioFormatException(source + ": not valid JSON (" + e.getOriginalMessage() + ")");
    }
    Reader r = new Reader(source);
    if (root == null || !root.isObject()) {
      throw r.fail("", "must be a JSON object");
    }
    if (!FORMAT.equals(root.path("format").asText(null))) {
      throw r.fail("/format", "must be \"" + FORMAT + "\"");
    }
    String name = r.requiredText(root, "/name");
    List<Scenario.Call> calls = new ArrayList<>();
    JsonNode callsNode = r.array(root, "/calls");
    if (callsNode.isEmpty()) {
      throw r.fail("/calls", "needs at least one call");
    }
    for (int i = 0; i < callsNode.size(); i++) {
      calls.add(call(r, callsNode.get(i), "/calls/" + i));
    }
    return new Scenario(name, r.optionalText(root, "/about").orElse(""), r.optionalText(root, "/portfolio"), calls,
        after(r, root.path("after"), "/after"));
  }

  private static Scenario.Call call(Reader r, JsonNode node, String at) {
    r.object(node, at);
    List<Scenario.Turn> turns = new ArrayList<>();
    JsonNode turnsNode = node.has("turns") ? r.array(node, at + "/turns") : MAPPER.createArrayNode();
    for (int i = 0; i < turnsNode.size(); i++) {
      turns.add(turn(r, turnsNode.get(i), at + "/turns/" + i));
    }
    Optional<Expectation> greeting = expectation(r, node.get("greeting"), at + "/greeting");
    return new Scenario.Call(r.optionalText(node, at + "/from"), greeting, turns, node.path("hangUp").asBoolean(true));
  }

  private static Scenario.Turn turn(Reader r, JsonNode node, String at) {
    r.object(node, at);
    Optional<String> say = r.optionalText(node, at + "/say");
    Optional<String> digits = r.optionalText(node, at + "/digits");
    if (say.isPresent() == digits.isPresent()) {
      throw r.fail(at, "needs exactly one of \"say\" or \"digits\"");
    }
    return new Scenario.Turn(say, digits, expectation(r, node.get("expect"), at + "/expect"));
  }

  private static Optional<Expectation> expectation(Reader r, JsonNode node, String at) {
    if (node == null || node.isNull()) {
      return Optional.empty();
    }
    r.object(node, at);
    OptionalInt notSame = r.optionalInt(node, at + "/notSameAsTurn");
    return Optional.of(new Expectation(r.patterns(node, at + "/any"), r.patterns(node, at + "/all"),
        r.patterns(node, at + "/none"), notSame));
  }

  private static After after(Reader r, JsonNode node, String at) {
    if (node.isMissingNode() || node.isNull()) {
      return After.nothing();
    }
    r.object(node, at);
    List<Map<String, Object>> requests = new ArrayList<>();
    JsonNode list = node.has("serviceRequests") ? r.array(node, at + "/serviceRequests") : MAPPER.createArrayNode();
    for (int i = 0; i < list.size(); i++) {
      requests.add(r.requestPattern(list.get(i), at + "/serviceRequests/" + i));
    }
    return new After(r.optionalInt(node, at + "/serviceRequestCount"), requests,
        r.optionalInt(node, at + "/knowledgeAdded"), r.patterns(node, at + "/repliesEver"),
        r.patterns(node, at + "/repliesNever"));
  }
}
