package app.chris.core.offline;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads yes/no answers, permissions to enter and corrections: "Oh yes, sorry, 120", "Sure, you can enter",
 * "No, that's all", "no, it's unit 1A". Stateless and thread-safe.
 */
final class Answers {
  private static final String LEAD = "^[\\W_]*(?:(?:oh|um|uh|well|hmm|ah|er|so|sorry|actually|hi|hey)\\b[\\W_]*)*";
  private static final String YES = "no problem|not a problem|no worries|yes please|yes|yeah|yea|yep|yup|ya|yah"
      + "|sure|correct|right|exactly|absolutely|definitely|certainly|affirmative|okay|ok|alright|all right|perfect"
      + "|great|fine|sounds good|that's right|that is right|thats right|that's correct|that is correct|you got it"
      + "|uh huh|uh-huh|mhm|mm-hmm|of course|please do|go ahead|indeed|that works|that's it|that's the one"
      + "|you bet|for sure|totally|i do|it does|whatever works|whatever is easiest|whatever's easiest|that's fine"
      + "|that is fine|sure thing";
  private static final String NO = "no|nope|nah|negative|incorrect|wrong|not really|not quite|not exactly"
      + "|that's wrong|that is wrong|that's not right|that is not right|that's not it|no way|don't|do not"
      + "|please don't|never mind|nevermind|it's not|it isn't|not that";
  private static final Pattern START = Pattern.compile(
      "(?i)" + LEAD + "(?:(" + YES.replace("'", "'?") + ")|(" + NO.replace("'", "'?") + "))(?=[\\W_]|$)");
  private static final Pattern LEADING_FILLERS = Pattern.compile("(?i)" + LEAD);
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern ANYWHERE_YES = Pattern.compile("(?i)\\b(that'?s (?:right|correct)|correct|exactly)\\b");
  private static final Pattern ANYWHERE_NO = Pattern.compile("(?i)\\b(that'?s (?:wrong|not right)|incorrect)\\b");
  private static final Pattern PERMIT = Pattern.compile("(?i)\\b(?:(?:you|they|maintenance|someone|he|she|you guys"
      + "|y'all|the tech|technicians?)\\s+(?:can|may|could|are welcome to|have (?:my )?permission to)\\s+"
      + "(?:go|come|let|enter|get|use|just)|(?:feel free|go ahead and|okay|ok|fine|alright) to (?:go|come|enter|let)"
      + "|go ahead and (?:go|come|enter|let)|permission to (?:enter|go in|come in)|let yourselves? in"
      + "|use (?:your|the) (?:master )?key|can enter|(?:it's|it is|that's|that is) (?:fine|ok|okay|alright)"
      + "(?: with me)?(?: if| for)? (?:you|them|they|someone) (?:to )?(?:go|come|enter))");
  private static final Pattern DENY = Pattern.compile("(?i)\\b(?:(?:can't|cannot|can not|don't|do not|please don't"
      + "|rather you didn't|not|no one should|nobody should)\\s+(?:\\w+\\s+)?(?:go|come|enter)(?:ing)?\\s+in"
      + "|only (?:when|if|while) i'?m? ?(?:am )?(?:home|there|present)|i(?:'d| would) (?:rather|prefer to) be "
      + "(?:home|there)|call (?:me )?first|no entry|don't want anyone|do not want anyone)");

  private Answers() {}

  static Answer read(String text, boolean done) {
    Matcher m = START.matcher(text);
    Answer.YesNo yesNo = Answer.YesNo.NONE;
    String rest = text.strip();
    if (m.find()) {
      yesNo = m.group(1) != null ? Answer.YesNo.YES : Answer.YesNo.NO;
      rest = LEADING_FILLERS.matcher(text.substring(m.end())).replaceAll("").strip();
    } else if (SPACES.split(text).length <= 6) {
      yesNo = ANYWHERE_NO.matcher(text).find() ? Answer.YesNo.NO
          : ANYWHERE_YES.matcher(text).find() ? Answer.YesNo.YES : Answer.YesNo.NONE;
    }
    Optional<Boolean> permission = DENY.matcher(text).find() ? Optional.of(false)
        : PERMIT.matcher(text).find() ? Optional.of(true) : Optional.empty();
    if (yesNo == Answer.YesNo.NONE && permission.isPresent()) {
      yesNo = permission.get() ? Answer.YesNo.YES : Answer.YesNo.NO;
    }
    Optional<String> correction = yesNo == Answer.YesNo.NO && !done ? correction(rest) : Optional.empty();
    return new Answer(yesNo, done, permission, correction, rest);
  }

  // "no, it's 1A" -> "1A"; "no, actually I meant Oak Street" -> "Oak Street".
  private static Optional<String> correction(String rest) {
    // "it's not parties, it's their dog" -> "their dog"; "the bathtub, not the sink" -> "the bathtub".
    String c = rest.replaceAll("(?i)^(?:it's\\s+|it is\\s+|that's\\s+|that is\\s+)?not\\s+[^,.;]+[,;]\\s*(?:but\\s+)?", "")
        .replaceAll("(?i)[,;]?\\s+(?:and\\s+)?not\\s+(?:the|my|a|an|in the|in my)\\s+[^,.;]+[.!?]*$", "");
    c = c.replaceAll("(?i)^(?:(?:it's|it is|its|actually|i said|i meant|i mean|that's|that is|no|not)\\b"
        + "[\\W_]*)+", "").replaceAll("[.!?]+$", "").strip();
    return c.isEmpty() || c.toLowerCase(Locale.ROOT).matches("(thanks|thank you|sorry)") ? Optional.empty()
        : Optional.of(c);
  }
}
