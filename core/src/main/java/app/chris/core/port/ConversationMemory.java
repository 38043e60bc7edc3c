package app.chris.core.port;

import java.util.List;
import java.util.Objects;

/**
 * What the model sees of the call on every turn: a summary of older turns, the recent transcript, and the facts
 * established so far. Immutable; bounded by the core, which folds old turns into {@code earlierSummary}.
 */
public record ConversationMemory(String earlierSummary, List<TranscriptLine> recent, CallFacts facts) {
  public ConversationMemory {
    Objects.requireNonNull(earlierSummary, "earlierSummary");
    recent = List.copyOf(recent);
    Objects.requireNonNull(facts, "facts");
  }

  public static ConversationMemory empty() {
    return new ConversationMemory("", List.of(), CallFacts.empty());
  }
}
