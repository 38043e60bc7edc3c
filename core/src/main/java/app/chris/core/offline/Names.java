package app.chris.core.offline;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the caller's own name: "this is Ben Cho", "my name is Tom Baker", "it's Hana Ito", "Pat here", or a
 * line that is only a name (the answer to "may I have your name?"). A word counts as a name when it is
 * capitalised and not a known place or filler word, or, in all-lower-case typing, when it is not a word the
 * engine knows. Immutable and thread-safe.
 */
final class Names {
  private static final Pattern CUE = Pattern.compile(
      "(?i)\\b(?:this is|it's|it is|its|my name is|my name's|name is|name's|i am|i'm|call me|the name is)\\s+");
  private static final Pattern HERE = Pattern.compile(
      "(?:^|[,.!?]\\s*|\\b(?:[Hh]i|[Hh]ello|[Hh]ey)[ ,]+)([A-Z][a-z'-]+(?:\\s+[A-Z][a-z'-]+)?)\\s+(?:here|speaking|calling)\\b");
  // "Hi, Eve Fox, 1200 Maple Court", "Sorry, I mean Tim Baker, unit 2B": a full name opening the line.
  private static final Pattern LEAD = Pattern.compile(
      "^(?:(?:[Hh]i|[Hh]ello|[Hh]ey|[Ss]orry|[Oo]kay|[Yy]es|[Yy]eah|I mean)[ ,]+)*([A-Z][a-z'-]+\\s+[A-Z][a-z'-]+)"
          + "(?:\\s*,|\\s+(?:at|in|from)\\s)");
  private static final Pattern WORD = Pattern.compile("[A-Za-z][A-Za-z'-]*");
  private static final Pattern TRAILING_NUMBER =
      Pattern.compile("(?i)[,\\s]+(?:and\\s+)?(?:my number is\\s+|number\\s+)?[\\d\\s().+-]{7,}[.!?]?$");
  private static final Pattern LEADING_FILLERS =
      Pattern.compile("(?i)^(?:(?:yes|yeah|sure|ok|okay|um|uh|it's|it is|sorry)[,\\s]+)+");
  private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[.!?,]+$");
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Set<String> NEVER = Set.of("i", "chris", "at", "in", "on", "from", "and", "calling", "with",
      "unit", "apartment", "apt", "here", "speaking", "the", "a", "an", "my", "your", "just", "not", "so",
      "really", "outside", "inside", "home", "locked", "about", "still", "also", "sorry", "fine", "good", "okay",
      "ok", "sure", "all", "it", "that", "this", "there", "again", "yes", "no", "hi", "hello", "hey", "thanks",
      "court", "street", "avenue", "road", "drive", "lane", "ct", "st", "ave", "apartments", "homes", "maple",
      "oak", "admin", "pin", "thank", "you", "me", "we", "they", "what", "who", "how", "great", "perfect",
      "correct", "right", "wrong", "tenant", "resident", "owner", "manager", "landlord", "mr", "mrs", "ms",
      "bullshit", "crap", "shit", "damn", "hell", "fuck", "fucking", "nonsense", "garbage", "insane", "crazy",
      "unacceptable", "joke", "useless", "stupid", "nah", "nope", "yeah", "yep", "yup", "nothing",
      "rather", "pass", "skip", "whatever", "i'm", "i've", "i'd", "i'll", "we're", "im");
  private static final Set<String> HONORIFIC = Set.of("mr", "mrs", "ms", "miss", "dr");
  private final Set<String> vocabulary;

  Names(Set<String> vocabulary) {
    this.vocabulary = Set.copyOf(vocabulary);
  }

  Optional<String> find(String text) {
    Matcher here = HERE.matcher(text);
    if (here.find() && accept(List.of(here.group(1).split("\\s+"))).size() == here.group(1).split("\\s+").length) {
      return Optional.of(here.group(1));
    }
    Matcher lead = LEAD.matcher(text.strip());
    if (lead.find() && accept(List.of(lead.group(1).split("\\s+"))).size() == 2) {
      return Optional.of(lead.group(1));
    }
    Matcher cue = CUE.matcher(text);
    while (cue.find()) {
      if (cue.group().strip().equals("its") && !startsCapitalised(text, cue.end())) {
        continue; // "the door came off its track": a possessive, not "it's Tom"
      }
      Optional<String> name = nameAt(text, cue.end());
      if (name.isPresent()) {
        return name;
      }
    }
    return Optional.empty();
  }

  /**
   * The whole line as a name ("Hana Ito.", "it's Tom Baker"), for answers to a name question; a phone number
   * after it is allowed ("Sam Lee, 630 555 0150").
   */
  Optional<String> bare(String text) {
    String t = TRAILING_NUMBER.matcher(text.strip()).replaceAll("");
    t = LEADING_FILLERS.matcher(t).replaceAll("");
    t = TRAILING_PUNCTUATION.matcher(t).replaceAll("").strip();
    String[] parts = SPACES.split(t);
    if (t.isEmpty() || parts.length > 3) {
      return Optional.empty();
    }
    List<String> accepted = accept(List.of(parts));
    return accepted.size() == parts.length ? Optional.of(String.join(" ", accepted)) : Optional.empty();
  }

  private Optional<String> nameAt(String text, int from) {
    List<String> words = new ArrayList<>();
    Matcher m = WORD.matcher(text);
    int pos = from;
    while (words.size() < 3 && m.find(pos) && m.start() == skipSpaces(text, pos)) {
      pos = m.end();
      if (partOfAddressOrEmail(text, pos)) {
        return Optional.empty(); // "it's ben.cho@example.com" is a detail, not a name
      }
      words.add(m.group());
      if (pos < text.length() && !Character.isWhitespace(text.charAt(pos))) {
        break; // punctuation ends the name
      }
    }
    if (!words.isEmpty() && HONORIFIC.contains(words.get(0).toLowerCase(Locale.ROOT).replace(".", ""))) {
      words.remove(0);
    }
    List<String> accepted = accept(words);
    return accepted.isEmpty() ? Optional.empty() : Optional.of(String.join(" ", accepted));
  }

  private static boolean partOfAddressOrEmail(String text, int pos) {
    if (pos >= text.length()) {
      return false;
    }
    char next = text.charAt(pos);
    return next == '@' || next == '_' || (next == '.' && pos + 1 < text.length()
        && Character.isLetterOrDigit(text.charAt(pos + 1)));
  }

  private static boolean startsCapitalised(String text, int pos) {
    return pos < text.length() && Character.isUpperCase(text.charAt(pos));
  }

  private static int skipSpaces(String text, int pos) {
    while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
      pos++;
    }
    return pos;
  }

  // Leading words that look like a name; stops at the first that does not.
  private List<String> accept(List<String> words) {
    List<String> out = new ArrayList<>();
    for (String w : words) {
      String lower = w.toLowerCase(Locale.ROOT);
      boolean capitalised = Character.isUpperCase(w.charAt(0)) && !w.equals(w.toUpperCase(Locale.ROOT));
      boolean looksLikeName = capitalised ? !vocabularyStrict(lower) : !vocabulary.contains(lower);
      if (NEVER.contains(lower) || !looksLikeName || w.length() < 2 || !WORD.matcher(w).matches()) {
        break;
      }
      out.add(capitalised ? w : Character.toUpperCase(w.charAt(0)) + w.substring(1));
    }
    return out;
  }

  // Capitalised words are names unless they are plainly ordinary words ("This is Urgent").
  private boolean vocabularyStrict(String lower) {
    return vocabulary.contains(lower) && COMMON_CAPITALISED_NON_NAMES.contains(lower);
  }

  private static final Set<String> COMMON_CAPITALISED_NON_NAMES = Set.of("urgent", "ridiculous", "emergency",
      "calling", "locked", "outside", "freezing", "broken", "leaking", "terrible", "awful", "important",
      "about", "regarding", "concerning", "having", "trying", "looking", "wondering", "interested", "moving");
}
