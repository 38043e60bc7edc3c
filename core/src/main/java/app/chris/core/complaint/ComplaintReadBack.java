package app.chris.core.complaint;

import app.chris.core.text.Speakable;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Words a complaint back to the caller before it is logged, in Chris's voice and without naming anyone: names of
 * people on file (e.g. the neighbour complained about) become "your neighbour". Stateless.
 */
public final class ComplaintReadBack {
  private static final Pattern LEAD_IN = Pattern.compile(
      "(?i)^\\s*(i'?d like to|i want to|i would like to|i need to|i'm calling to|i am calling to)\\s+"
          + "(complain|make a complaint|file a complaint|report)\\s*(about|that|regarding)?\\s*");
  private static final List<String> OPENERS = List.of("Let me make sure I have this right: ",
      "Just to be sure I've got it: ", "So, to read that back: ");

  private static final List<String> CLOSERS = List.of("Did I get that right?", "Is that right?",
      "Is that correct?", "Have I got that right?");

  private ComplaintReadBack() {}

  /** The complaint in Chris's words with every name in {@code names} removed. */
  public static String summary(String complaint, Collection<String> names) {
    String text = LEAD_IN.matcher(Speakable.of(complaint)).replaceFirst("");
    for (String name : names) {
      if (name.length() < 2) {
        continue;
      }
      String n = Pattern.quote(name);
      text = text.replaceAll("(?i)\\b(neighbou?r)\\s+" + n + "\\b", "$1")
          .replaceAll("(?i)\\b" + n + "('s)?\\b", "your neighbour$1");
    }
    text = text.replaceAll("(your neighbour)(\\s+your neighbour)+", "$1");
    return secondPerson(text).replaceAll("[.!?]+$", "");
  }

  /** The read-back question, e.g. "Let me make sure I have this right: ... Did I get that right?". */
  public static String question(String summary, int variant) {
    return OPENERS.get(Math.floorMod(variant, OPENERS.size())) + summary + ". "
        + CLOSERS.get(Math.floorMod(variant, CLOSERS.size()));
  }

  private static String secondPerson(String text) {
    return text.replaceAll("(?i)\\bI'm\\b", "you're").replaceAll("(?i)\\bI've\\b", "you've")
        .replaceAll("\\bI\\b", "you").replaceAll("(?i)\\bmy\\b", "your").replaceAll("(?i)\\bme\\b", "you")
        .replaceAll("(?i)\\bwe\\b", "you").replaceAll("(?i)\\bour\\b", "your").strip();
  }
}
