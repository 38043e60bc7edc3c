package app.chris.core.port;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything a turn-based model needs for one step of a turn: instructions, the call memory, the tools on offer,
 * the tool calls already made this turn with their results, and any yes/no question awaiting an answer.
 */
public record Prompt(
    String instructions,
    ConversationMemory memory,
    List<ToolSpec> tools,
    List<ToolExchange> toolExchanges,
    Optional<PendingConfirmation> pending) {

  public Prompt {
    Objects.requireNonNull(instructions, "instructions");
    Objects.requireNonNull(memory, "memory");
    tools = List.copyOf(tools);
    toolExchanges = List.copyOf(toolExchanges);
    Objects.requireNonNull(pending, "pending");
  }
}
