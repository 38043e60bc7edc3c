package app.chris.adapters.openai;

import app.chris.adapters.openai.ChatRequestJson.StreamOptionsJson;
import app.chris.core.port.FailureKind;
import app.chris.core.port.PortException;
import app.chris.core.port.Prompt;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Builds the streaming Chat Completions request body for a prompt. Stateless and thread-safe. */
final class ChatRequests {
  private final String model;
  private final ObjectMapper json;
  private final PromptMessages messages;
  private final ToolSchemas tools;

  ChatRequests(String model, ObjectMapper json, ToolArguments arguments) {
    this.model = model;
    this.json = json;
    this.messages = new PromptMessages(arguments);
    this.tools = new ToolSchemas(json);
  }

  byte[] body(Prompt prompt) {
    ChatRequestJson request = new ChatRequestJson(
        model,
        true,
        new StreamOptionsJson(true),
        messages.messages(prompt),
        tools.tools(prompt.tools()),
        prompt.tools().isEmpty() ? null : "auto"); // tool_choice without tools is a 400
    try {
      return json.writeValueAsBytes(request);
    } catch (JsonProcessingException e) {
      throw new PortException(FailureKind.INVALID_REQUEST, "cannot encode chat request", e);
    }
  }
}
