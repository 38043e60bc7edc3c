package app.chris.adapters.openai;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/** Body of {@code POST /v1/chat/completions} with {@code stream: true}. Nulls and empty lists are omitted. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
record ChatRequestJson(
    String model,
    boolean stream,
    @JsonProperty("stream_options") StreamOptionsJson streamOptions,
    List<MessageJson> messages,
    List<ToolJson> tools,
    @JsonProperty("tool_choice") String toolChoice) {

  record StreamOptionsJson(@JsonProperty("include_usage") boolean includeUsage) {}

  /** One chat message; {@code content} is absent on an assistant message that only calls tools. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record MessageJson(
      String role,
      String content,
      @JsonProperty("tool_calls") List<ToolCallJson> toolCalls,
      @JsonProperty("tool_call_id") String toolCallId) {

    static MessageJson of(String role, String content) {
      return new MessageJson(role, content, null, null);
    }
  }

  record ToolCallJson(String id, String type, FunctionCallJson function) {}

  record FunctionCallJson(String name, String arguments) {}

  record ToolJson(String type, FunctionJson function) {}

  record FunctionJson(String name, String description, JsonNode parameters) {}
}
