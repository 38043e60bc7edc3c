package app.chris.core.offline;

import app.chris.core.port.Intent;
import app.chris.core.speech.SentenceSplitter;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * "What should I do?" during an emergency: the safety steps Chris already gave, said again, then the question
 * Chris was waiting on. A frightened caller asking twice needs the steps, not the menu. Stateless.
 */
final class SafetyAgain {
  // The sentences of SafetyAdvice: what to do, not what Chris does ("I'm alerting our on-call team").
  private static final Pattern SAFETY_STEP = Pattern.compile(
      "^(Please (leave|get|keep|stay)|If you can do it safely|If you're in danger|If there's smoke|Don't|Once you're "
          + "outside|If you see smoke|If anyone is in danger)");

  private static final Pattern ASKS = Pattern.compile(
      "(?i)\\b(what (should|do|can|shall) (i|we) do|what now|is it safe|should (i|we) (leave|stay|get out))\\b");

  private SafetyAgain() {}

  /** "What should I do?" during an emergency: the safety advice Chris gave, said again, not the menu. */
  static Optional<String> reply(Turn t) {
    if (!t.facts().intents().contains(Intent.EMERGENCY) || !ASKS.matcher(t.said()).find()) {
      return Optional.empty();
    }
    List<String> advice = t.chrisLines().stream().flatMap(l -> SentenceSplitter.split(l).stream())
        .filter(sentence -> SAFETY_STEP.matcher(sentence).find()).distinct().toList();
    return Optional.of(advice.isEmpty() ? "If anyone is in danger, please call 911 right away."
        : "The most important thing right now: " + lowerFirst(String.join(" ", advice))
            + " Our on-call team is being alerted and will call you."
            + Conversation.openQuestion(t.lastChris()).map(q -> " " + q).orElse(""));
  }

  private static String lowerFirst(String s) {
    return s.startsWith("I ") || s.startsWith("I'") ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
  }
}
