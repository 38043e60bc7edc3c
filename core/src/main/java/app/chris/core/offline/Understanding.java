package app.chris.core.offline;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What the offline engine understood from one caller line: needs (most important first; several are possible),
 * the emergency kind, the maintenance issue, a complaint summary, what a question is about, the details given
 * and how the line answers a yes/no question.
 */
record Understanding(
    String text,
    List<Need> needs,
    Map<Need, Double> confidence,
    Optional<String> emergency,
    Optional<Issue> issue,
    Optional<String> complaint,
    Inquiry inquiry,
    Slots slots,
    Answer answer) {

  Understanding {
    Objects.requireNonNull(text, "text");
    needs = List.copyOf(needs);
    confidence = Map.copyOf(confidence);
    Objects.requireNonNull(emergency, "emergency");
    Objects.requireNonNull(issue, "issue");
    Objects.requireNonNull(complaint, "complaint");
    Objects.requireNonNull(inquiry, "inquiry");
    Objects.requireNonNull(slots, "slots");
    Objects.requireNonNull(answer, "answer");
  }

  boolean has(Need need) {
    return needs.contains(need);
  }

  /** Whether the line clearly asks for this (rule-detected, or a close match to an exemplar). */
  boolean clearly(Need need) {
    return confidence.getOrDefault(need, 0.0) >= 0.5;
  }

  /** The most important need; {@link Need#INFO} when the line asks for nothing. */
  Need primary() {
    return needs.isEmpty() ? Need.INFO : needs.get(0);
  }
}
