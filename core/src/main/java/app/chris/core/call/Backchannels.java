package app.chris.core.call;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Tells a backchannel ("mm-hmm", "okay", "right", "yeah, go on") from a real turn: a few words, every one of them
 * a listening noise or an acknowledgement. Such words over Chris mean "I'm listening", not "stop". Stateless.
 */
final class Backchannels {
  private static final int MAX_WORDS = 4;
  private static final Pattern NOT_WORD = Pattern.compile("[^a-z\\- ]");
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Set<String> WORDS = Set.of(
      "mm", "mmm", "mhm", "mm-hmm", "mmhmm", "mm-hm", "hmm", "uh-huh", "uh", "huh", "um", "ah", "oh", "aha",
      "ok", "okay", "k", "right", "yeah", "yes", "yep", "yup", "sure", "alright", "all", "got", "it", "i", "see",
      "cool", "great", "good", "fine", "go", "on", "ahead", "continue", "gotcha");

  private Backchannels() {}

  static boolean is(String said) {
    String[] words = SPACES.split(NOT_WORD.matcher(said.toLowerCase(Locale.ROOT)).replaceAll(" ").strip());
    if (words.length == 0 || words[0].isEmpty() || words.length > MAX_WORDS) {
      return false;
    }
    for (String word : words) {
      if (!WORDS.contains(word)) {
        return false;
      }
    }
    return true;
  }
}
