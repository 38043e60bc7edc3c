package app.chris.testkit;

import java.util.List;

/**
 * What the load bench's simulated callers ask, one question a turn in this order; the per-turn JMH benchmark asks
 * the same, so its CPU figure is the bench's turn.
 */
public final class LoadQuestions {
  public static final List<String> ALL = List.of(
      "Hi! Do you have any two bedroom apartments available?",
      "How much is the rent on that one?",
      "Do you allow dogs?",
      "Is the fitness room open today?",
      "What are your office hours?");

  private LoadQuestions() {}
}
