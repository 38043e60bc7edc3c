package app.chris.core.offline;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Lines that sound like requests or goodbyes but are neither: "I have a question about my lease" (the question is
 * still to come) and a "thanks" right after the greeting (nothing has happened yet); and what to say to a
 * confused or off-topic caller. Stateless.
 */
final class SmallTalk {
  private static final Pattern ANNOUNCES_QUESTION = Pattern.compile("(?i)^\\W*(?:(?:hi|hello|hey|yeah|yes|so|um|uh|"
      + "chris)\\W+)*(?:i (?:have|got|had|'ve got)|can i ask(?: you)?) (?:a|one|another|some) (?:quick |small )?"
      + "questions?(?: (?:about|regarding|on|for) [\\w\\s']{1,40})?\\W*$");
  private static final Pattern BARE_THANKS = Pattern.compile("(?i)^\\W*(?:ok(?:ay)?\\W+)?(?:thanks|thank you)"
      + "(?: so much| very much)?\\W*$");

  private static final Pattern ASKS_FOR_HELP = Pattern.compile("(?i)^\\W*(?:(?:hi|hello|hey|yeah|so|um|uh|okay|ok)"
      + "\\W+)*(?:(?:can|could|will) you help me(?: with something| out| please)?|i need (?:some )?help(?: with "
      + "something)?|i have a (?:problem|issue))\\W*$");

  private SmallTalk() {}

  /** What to say to such a line, if it is one. */
  static Optional<String> reply(Turn t) {
    if (announcesQuestion(t)) {
      return Optional.of(t.pick("Sure, go ahead. What's your question?", "Of course. What would you like to know?"));
    }
    if (ASKS_FOR_HELP.matcher(t.said()).find()) {
      return Optional.of(t.pick("Of course! What's going on?", "Sure, I'd be glad to. What do you need?"));
    }
    if (thanksBeforeAnything(t)) {
      return Optional.of("You're welcome! What can I help you with today?");
    }
    return Optional.empty();
  }

  /** "I have a question about my lease" says a question is coming; answering a guess at it misleads. */
  static boolean announcesQuestion(Turn t) {
    return ANNOUNCES_QUESTION.matcher(t.said()).find();
  }

  /** "Thanks" right after the greeting is politeness, not a goodbye: nothing has happened yet. */
  static boolean thanksBeforeAnything(Turn t) {
    return BARE_THANKS.matcher(t.said()).find() && t.facts().intents().isEmpty()
        && t.chrisLines().stream().noneMatch(l -> l.contains("else"));
  }

  /** An honest "who am I" that fits what confused the caller; the second time, short, not the whole menu again. */
  static String confused(Turn t) {
    String menu = "I can take maintenance requests, answer questions about the property or your account, and tell "
        + "you about available apartments.";
    if (t.chrisLines().stream().anyMatch(l -> l.contains(menu))) {
      return t.pick("That's outside what I can help with, I'm afraid. ", "I'm afraid I can't help with that one. ")
          + "For Lakeside, I can help with repairs, property questions, your account or apartments for rent. "
          + "Anything like that?";
    }
    String opener;
    if (t.said().matches("(?i).*\\b(robot|real person|human|machine|bot|ai|computer|automated)\\b.*")) {
      opener = "Good question: I'm Chris, a virtual assistant for Lakeside Property Management, not a person.";
    } else if (t.said().matches("(?i).*\\b(wrong number|pizza|dialed|order)\\b.*")) {
      opener = "You've reached Lakeside Property Management. I'm Chris, the office's virtual assistant.";
    } else {
      opener = "Sorry for the confusion. I'm Chris, the virtual assistant for the property office.";
    }
    return opener + " " + menu + " What can I do for you?";
  }
}
