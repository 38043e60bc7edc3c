package app.chris.adapters.openai;

import app.chris.adapters.openai.ChatRequestJson.FunctionCallJson;
import app.chris.adapters.openai.ChatRequestJson.MessageJson;
import app.chris.adapters.openai.ChatRequestJson.ToolCallJson;
import app.chris.core.port.ConversationMemory;
import app.chris.core.port.PendingConfirmation;
import app.chris.core.port.Prompt;
import app.chris.core.port.Speaker;
import app.chris.core.port.ToolExchange;
import app.chris.core.port.TranscriptLine;
import java.util.ArrayList;
import java.util.List;

/**
 * Maps a core {@link Prompt} to chat messages: system notes first (instructions, summary, facts, pending
 * question), then the recent transcript, then this turn's tool calls and their results. Stateless.
 */
final class PromptMessages {
  private final ToolArguments arguments;

  PromptMessages(ToolArguments arguments) {
    this.arguments = arguments;
  }

  List<MessageJson> messages(Prompt prompt) {
    List<MessageJson> messages = new ArrayList<>();
    ConversationMemory memory = prompt.memory();
    messages.add(MessageJson.of("system", prompt.instructions()));
    if (!memory.earlierSummary().isBlank()) {
      messages.add(MessageJson.of("system", "Earlier in this call: " + memory.earlierSummary().strip()));
    }
    messages.add(MessageJson.of("system", FactsNote.of(memory.facts())));
    prompt.pending().ifPresent(p -> messages.add(MessageJson.of("system", pendingNote(p))));
    for (TranscriptLine line : memory.recent()) {
      messages.add(MessageJson.of(line.speaker() == Speaker.CALLER ? "user" : "assistant", line.text()));
    }
    if (!prompt.toolExchanges().isEmpty()) {
      addToolExchanges(prompt.toolExchanges(), messages);
    }
    return messages;
  }

  private void addToolExchanges(List<ToolExchange> exchanges, List<MessageJson> messages) {
    List<ToolCallJson> calls = new ArrayList<>();
    for (ToolExchange exchange : exchanges) {
      String json = arguments.render(exchange.call().arguments());
      calls.add(new ToolCallJson(
          exchange.call().id(), "function", new FunctionCallJson(exchange.call().name(), json)));
    }
    messages.add(new MessageJson("assistant", null, calls, null));
    for (ToolExchange exchange : exchanges) {
      String content = exchange.result().ok()
          ? exchange.result().content()
          : "FAILED: " + exchange.result().content();
      messages.add(new MessageJson("tool", content, null, exchange.call().id()));
    }
  }

  private static String pendingNote(PendingConfirmation pending) {
    return "Waiting for the caller's yes or no (" + pending.kind().name().toLowerCase(java.util.Locale.ROOT)
        + "). You asked: \"" + pending.readBack() + "\"";
  }
}
