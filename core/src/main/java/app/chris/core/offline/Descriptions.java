package app.chris.core.offline;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Turns the clauses that carry a problem or complaint into a clean description in the caller's words: greetings,
 * names and addresses taken out ("Hi, this is Ana at 120 Maple, my kitchen faucet keeps dripping" becomes
 * "kitchen faucet keeps dripping"). Stateless and thread-safe.
 */
final class Descriptions {
  private static final Pattern FILLER = Pattern.compile("(?i)^(?:(?:hi|hello|hey|yeah|yes|so|and|but|also|um|uh|oh"
      + "|well|okay|ok|sorry|chris|plus|then|hi chris|good morning|good afternoon|good evening|and then"
      + "|i'm calling because|i am calling because|i'm calling to say|i just wanted to say|i wanted to let you know"
      + "|just wanted to let you know|i think|i believe|i guess|it seems like|it looks like|like"
      // A correction ("no wait, it's the bathroom sink") is read back as the problem, not as "it's the ...".
      + "|no wait|no sorry|nope|wait|actually|it's|it is)\\b[\\W_]*)+");
  private static final Pattern LEADING = Pattern.compile("(?i)^(?:there's|theres|there is|there are|we've got|we have"
      + "|i've got|i have got)\\s+(?:a|an|some)?\\s*|^(?:my|our|the)\\s+");
  private static final Pattern COMPLAINT_CUE = Pattern.compile("(?i)^(?:i(?:'d| would) like to|i want to|i wanna"
      + "|i need to|can i|i'm calling to)\\s+(?:make|file|lodge|register|report)?\\s*(?:a\\s+)?(?:formal\\s+)?"
      + "(?:complaint|complain)(?:\\s+(?:about|regarding|against|that))?\\s*|^i have a complaint"
      + "(?:\\s+(?:about|regarding))?\\s*|^i(?:'d| would) like to complain about\\s*");

  // Swearing is the caller's mood, not the problem: it is never read back or written on a work order.
  private static final Pattern SWEAR = Pattern.compile("(?i)\\b(?:god ?damn(?:ed)?|damn(?:ed)?|freaking|frigging"
      + "|fucking|fuckin|effing|bloody|goddamn|shitty|crappy)\\s+|\\b(?:the\\s+)?(?:hell|fuck|shit|bullshit|crap)\\b");

  private Descriptions() {}

  static Optional<String> issue(List<Clause> clauses, Optional<String> name, Predicate<Concepts> bearsIssue) {
    return join(clauses, name, bearsIssue, false);
  }

  static Optional<String> complaint(List<Clause> clauses, Optional<String> name) {
    return join(clauses, name, c -> true, true);
  }

  private static Optional<String> join(List<Clause> clauses, Optional<String> name, Predicate<Concepts> keep,
      boolean complaint) {
    List<String> parts = new ArrayList<>();
    for (Clause clause : clauses) {
      if (keep.test(clause.concepts())) {
        String cleaned = clean(clause.text(), name, complaint);
        if (cleaned.split("\\s+").length >= (complaint ? 2 : 1) && !cleaned.isBlank()) {
          parts.add(cleaned);
        }
      }
    }
    return parts.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", parts));
  }

  static String clean(String text, Optional<String> name, boolean complaint) {
    String t = SWEAR.matcher(text).replaceAll("").replaceAll("\\s{2,}", " ");
    if (name.isPresent()) {
      t = t.replaceAll("(?i)\\b(?:this is|it's|it is|my name is|i'm|i am)?\\s*" + Pattern.quote(name.get()), "");
    }
    t = Addresses.strip(t).replaceAll("[\\s,.!?;:]+$", "")
        .replaceAll("(?i)[\\s,]+(?:and|but|also|so|plus|or|actually)$", "").strip();
    t = FILLER.matcher(t).replaceFirst("").strip();
    if (complaint) {
      t = COMPLAINT_CUE.matcher(t).replaceFirst("").strip();
    } else {
      t = LEADING.matcher(t).replaceFirst("").strip();
    }
    // Lower-case the first letter for embedding in a sentence, but keep "I" and names as they are.
    boolean keep = t.isEmpty() || t.matches("^(?:I|I'm|I've|I'd)\\b.*") || t.matches("^[A-Z][a-z]+ [A-Z].*")
        || t.length() > 1 && Character.isUpperCase(t.charAt(1));
    return keep ? t : Character.toLowerCase(t.charAt(0)) + t.substring(1);
  }
}
