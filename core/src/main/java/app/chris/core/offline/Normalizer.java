package app.chris.core.offline;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Turns what a caller said (speech-to-text or typed) into lower-case tokens: contractions expanded (also typed
 * without the apostrophe), punctuation dropped, money and ordinals reduced to digits. Stateless and thread-safe.
 */
final class Normalizer {
  private static final Map<String, String> BARE = Map.ofEntries(
      Map.entry("dont", "do not"), Map.entry("doesnt", "does not"), Map.entry("didnt", "did not"),
      Map.entry("isnt", "is not"), Map.entry("wasnt", "was not"), Map.entry("arent", "are not"),
      Map.entry("cant", "can not"), Map.entry("cannot", "can not"), Map.entry("wont", "will not"),
      Map.entry("wouldnt", "would not"), Map.entry("couldnt", "could not"), Map.entry("havent", "have not"),
      Map.entry("hasnt", "has not"), Map.entry("aint", "is not"), Map.entry("im", "i am"),
      Map.entry("ive", "i have"), Map.entry("id", "i would"), Map.entry("ill", "i will"),
      Map.entry("thats", "that is"), Map.entry("whats", "what is"), Map.entry("theres", "there is"),
      Map.entry("heres", "here is"), Map.entry("youre", "you are"), Map.entry("theyre", "they are"),
      Map.entry("lets", "let us"), Map.entry("wanna", "want to"), Map.entry("gonna", "going to"),
      Map.entry("gotta", "have to"), Map.entry("u", "you"), Map.entry("ur", "your"), Map.entry("pls", "please"),
      Map.entry("plz", "please"), Map.entry("thx", "thanks"), Map.entry("ty", "thank you"),
      Map.entry("neighbour", "neighbor"), Map.entry("neighbours", "neighbors"), Map.entry("apt", "apartment"));
  private static final Pattern APOSTROPHES = Pattern.compile("[\u2018\u2019\u02bc`]");
  private static final Pattern NOT = Pattern.compile("\\b(\\w+)n't\\b");
  private static final Pattern IS = Pattern.compile("\\b(it|that|there|what|who|where|here|he|she|how|when|name)'s\\b");
  private static final Pattern POSSESSIVE = Pattern.compile("(\\w)'s\\b");
  private static final Pattern ORDINAL = Pattern.compile("\\b(\\d+)(st|nd|rd|th)\\b");
  private static final Pattern THOUSANDS = Pattern.compile("(\\d),(\\d{3})\\b");
  private static final Pattern NON_WORD = Pattern.compile("[^a-z0-9#\\s]+");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  // Emoji, pictographs, private-use and unpaired surrogates: no words in them, only noise between words.
  private static final Pattern SYMBOLS = Pattern.compile("[\\p{So}\\p{Co}\\p{Cs}\\p{Cn}\\u200d\\ufe0f]+");

  private Normalizer() {}

  /**
   * The caller's text with accents folded ("s\u00ednk" reads "sink") and emoji and symbols turned to spaces, case
   * and punctuation kept. Speech-to-text and phone keyboards add both; the engine's words have neither.
   */
  static String fold(String text) {
    String t = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD);
    t = MARKS.matcher(t).replaceAll("");
    return SYMBOLS.matcher(t).replaceAll(" ");
  }

  /** Lower-case, expanded, punctuation-free text with single spaces. */
  static String normalize(String text) {
    String t = APOSTROPHES.matcher(fold(text).toLowerCase(Locale.ROOT)).replaceAll("'");
    t = t.replace("won't", "will not").replace("can't", "can not").replace("ain't", "is not");
    t = NOT.matcher(t).replaceAll("$1 not");
    t = IS.matcher(t).replaceAll("$1 is");
    t = t.replace("'m ", " am ").replace("'re ", " are ").replace("'ve ", " have ").replace("'ll ", " will ")
        .replace("'d ", " would ");
    t = POSSESSIVE.matcher(t).replaceAll("$1");
    t = THOUSANDS.matcher(t).replaceAll("$1$2");
    t = ORDINAL.matcher(t).replaceAll("$1");
    t = t.replace('$', ' ').replace('-', ' ').replace('/', ' ');
    t = NON_WORD.matcher(t).replaceAll(" ");
    StringBuilder out = new StringBuilder();
    for (String token : SPACES.split(t.trim())) {
      if (!token.isEmpty()) {
        out.append(out.length() == 0 ? "" : " ").append(BARE.getOrDefault(token, token));
      }
    }
    return out.toString();
  }

  static List<String> tokens(String text) {
    String normalized = normalize(text);
    return normalized.isEmpty() ? List.of() : Arrays.asList(normalized.split(" "));
  }
}
