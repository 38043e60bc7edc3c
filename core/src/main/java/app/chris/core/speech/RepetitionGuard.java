package app.chris.core.speech;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Keeps Chris from saying the exact same thing twice in one call: a repeat is paraphrased, or dropped when it
 * repeats a sentence of the same reply or no paraphrase is left. A repeated passage of several statements is
 * introduced once ("As I mentioned, ..."), not sentence by sentence. Not thread-safe; guarded by {@link Speech}.
 */
final class RepetitionGuard {
  private static final List<String> STATEMENT_LEADS =
      List.of("As I mentioned, ", "Again, ", "Just to repeat, ", "Like I said, ", "To say it once more, ");
  private static final List<String> QUESTION_LEADS =
      List.of("So, ", "And ", "Now, ", "Sorry, just to check: ", "Let me ask again: ", "One more time: ");
  // "As I mentioned, okay." is worse than a different acknowledgement.
  private static final List<String> ACKNOWLEDGEMENTS =
      List.of("Okay.", "All right.", "Got it.", "Sure.", "Of course.", "Understood.", "Right.", "Certainly.");
  private static final Pattern NOT_WORD = Pattern.compile("[^a-z0-9$]+");
  private static final Pattern LEAD_WORD_END = Pattern.compile("[\\s,]");
  private static final Pattern I_WORD = Pattern.compile("I('\\w+)?");
  private static final Set<String> ACKNOWLEDGEMENT_KEYS =
      ACKNOWLEDGEMENTS.stream().map(RepetitionGuard::key).collect(Collectors.toUnmodifiableSet());
  // A second "I'm sorry to hear that." or "Hello!" sounds scripted with or without "As I mentioned": drop it.
  private static final Pattern SOCIAL = Pattern.compile(
      "(i m |i am )?(so |really )?sorry( to hear that| for the confusion| for the trouble| about that)?|(hello|hi|hey)"
          + "|that sounds \\w+( i m sorry)?|glad i could help|thanks for calling.*|take care|goodbye|have a \\w+ day");
  // "As I mentioned, yes, we have two" and "Sorry, just to check: and may we" read badly; the lead replaces these.
  private static final Pattern OPENER = Pattern.compile("^(yes|yeah|sure|okay|ok|so|and|now|great),? ",
      Pattern.CASE_INSENSITIVE);
  private final Set<String> said = new HashSet<>();
  private final Set<String> saidThisReply = new HashSet<>();
  private boolean introducedThisReply;

  void newReply() {
    saidThisReply.clear();
    introducedThisReply = false;
  }

  /** What to say instead of {@code sentence}; empty to say nothing. */
  Optional<String> check(String sentence, boolean repeatAllowed) {
    String key = key(sentence);
    if (saidThisReply.contains(key)) {
      return Optional.empty();
    }
    if (!said.contains(key) || repeatAllowed) {
      return Optional.of(remember(sentence, key));
    }
    if (ACKNOWLEDGEMENT_KEYS.contains(key)) {
      return ACKNOWLEDGEMENTS.stream().filter(a -> !said.contains(key(a))).findFirst().map(this::remember);
    }
    if (SOCIAL.matcher(key).matches()) {
      return Optional.empty();
    }
    boolean question = sentence.endsWith("?");
    if (!question && introducedThisReply) {
      return Optional.of(remember(sentence, key)); // the passage already began with "As I mentioned, ..."
    }
    List<String> leads = question ? QUESTION_LEADS : STATEMENT_LEADS;
    String body = lowerFirst(OPENER.matcher(sentence).replaceFirst(""));
    for (String lead : leads) {
      String candidate = lead + body;
      String candidateKey = key(candidate);
      if (!said.contains(candidateKey)) {
        saidThisReply.add(key);
        introducedThisReply |= !question;
        return Optional.of(remember(candidate, candidateKey));
      }
    }
    return Optional.empty();
  }

  /** The caller did not hear {@code sentence} after all (barge-in): saying it again is not a repeat. */
  void forget(String sentence) {
    String key = key(sentence);
    said.remove(key);
    saidThisReply.remove(key);
  }

  private String remember(String sentence) {
    return remember(sentence, key(sentence));
  }

  private String remember(String sentence, String key) {
    said.add(key);
    saidThisReply.add(key);
    return sentence;
  }

  private static String key(String sentence) {
    return NOT_WORD.matcher(sentence.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
  }

  // Spoken text: casing only matters for the log, so lower the lead word unless it is "I" or an acronym.
  private static String lowerFirst(String s) {
    String first = LEAD_WORD_END.split(s, 2)[0];
    if (s.length() > 1 && !I_WORD.matcher(first).matches() && !first.equals(first.toUpperCase(Locale.ROOT))) {
      return Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }
    return s;
  }
}
