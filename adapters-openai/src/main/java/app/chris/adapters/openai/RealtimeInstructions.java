package app.chris.adapters.openai;

import app.chris.core.port.ConversationMemory;
import app.chris.core.port.Prompt;
import app.chris.core.port.Speaker;
import app.chris.core.port.TranscriptLine;
import java.util.Locale;

/**
 * Folds a {@link Prompt} into one Realtime {@code instructions} text: a session carries no separate system
 * messages, so the summary, facts, pending question and recent lines (after a reopen) ride along. Stateless.
 */
final class RealtimeInstructions {
  private RealtimeInstructions() {}

  static String of(Prompt prompt) {
    ConversationMemory memory = prompt.memory();
    StringBuilder text = new StringBuilder(prompt.instructions().strip());
    if (!memory.earlierSummary().isBlank()) {
      text.append("\n\nEarlier in this call: ").append(memory.earlierSummary().strip());
    }
    text.append("\n\n").append(FactsNote.of(memory.facts()));
    prompt.pending().ifPresent(p -> text.append("\n\nWaiting for the caller's yes or no (")
        .append(p.kind().name().toLowerCase(Locale.ROOT)).append("). You asked: \"")
        .append(p.readBack()).append('"'));
    if (!memory.recent().isEmpty()) {
      text.append("\n\nRecent conversation:");
      for (TranscriptLine line : memory.recent()) {
        text.append('\n').append(line.speaker() == Speaker.CALLER ? "Caller: " : "You: ").append(line.text());
      }
    }
    return text.toString();
  }
}
