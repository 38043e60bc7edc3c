package app.chris.core.call;

import java.util.Locale;
import java.util.Set;

/**
 * Tells a backchannel ("mm-hmm", "okay", "right", "yeah, go on") from a real turn: a few words, every one of them
 * a listening noise or an acknowledgement. Such words over Chris mean "I'm listening", not "stop". Stateless.
 */
final class Backchannels {
  private static final int MAX_WORDS = 4;
  private static final Set<String> WORDS = Set.of(
      "mm", "mmm", "mhm", "mm-hmm", "mmhmm", "mm-hm", "hmm", "uh-huh", "uh", "huh", "um", "ah", "oh", "aha",
      "ok", "okay", "k", "right", "yeah", "yes", "yep", "yup", "sure", "alright", "all", "got", "it", "i", "see",
      "cool", "great", "good", "fine", "go", "on", "ahead", "continue", "gotcha");

  private Backchannels() {}

  static boolean is(String said) {
    String[] words = said.toLowerCase(Locale.ROOT).replaceAll("[^a-z\\- ]", " ").strip().split("\\s+");
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
