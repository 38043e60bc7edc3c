package app.chris.testkit.openai;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Builds {@code chat.completion.chunk} JSON the way OpenAI streams it. */
final class ChatChunks {
  private static final ObjectMapper JSON = new ObjectMapper();

  private ChatChunks() {}

  static String text(String content, boolean pretty) {
    ObjectNode chunk = chunk();
    ObjectNode delta = choice(chunk).putObject("delta");
    delta.put("content", content);
    return write(chunk, pretty);
  }

  static String toolFragment(int index, String id, String name, String arguments, boolean pretty) {
    ObjectNode chunk = chunk();
    ObjectNode call = choice(chunk).putObject("delta").putArray("tool_calls").addObject();
    call.put("index", index);
    if (id != null) {
      call.put("id", id).put("type", "function");
    }
    ObjectNode function = call.putObject("function");
    if (name != null) {
      function.put("name", name);
    }
    function.put("arguments", arguments);
    return write(chunk, pretty);
  }

  static String finish(String reason, boolean pretty) {
    ObjectNode chunk = chunk();
    ObjectNode choice = choice(chunk);
    choice.putObject("delta");
    choice.put("finish_reason", reason);
    return write(chunk, pretty);
  }

  static String usage() {
    ObjectNode chunk = chunk();
    chunk.putArray("choices");
    chunk.putObject("usage").put("prompt_tokens", 42).put("completion_tokens", 7).put("total_tokens", 49);
    return write(chunk, false);
  }

  static String errorBody(String type, String code, String message) {
    ObjectNode body = JSON.createObjectNode();
    ObjectNode error = body.putObject("error");
    error.put("message", message).put("type", type).putNull("param").put("code", code);
    return write(body, false);
  }

  private static ObjectNode chunk() {
    ObjectNode chunk = JSON.createObjectNode();
    chunk.put("id", "chatcmpl-fake").put("object", "chat.completion.chunk").put("created", 0).put("model", "fake");
    return chunk;
  }

  private static ObjectNode choice(ObjectNode chunk) {
    ArrayNode choices = chunk.putArray("choices");
    ObjectNode choice = choices.addObject();
    choice.put("index", 0);
    choice.putNull("finish_reason");
    return choice;
  }

  private static String write(ObjectNode node, boolean pretty) {
    try {
      return pretty ? JSON.writerWithDefaultPrettyPrinter().writeValueAsString(node) : JSON.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
