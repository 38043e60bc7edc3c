package app.chris.core.dialogue;

import java.util.ArrayList;
import java.util.List;

/**
 * The tools' replies that never vary with the caller (confirmations, standard questions), in one place so the
 * voice can synthesise them ahead of time. The tools pick among each group; lines built from caller data (names,
 * addresses, read-backs) are not here.
 */
public final class FixedReplies {
  static final List<String> WHAT_ELSE =
      List.of("Sure, what else can I help you with?", "Of course. What else can I do for you?");
  static final List<String> THANKS = List.of("Great, thanks.", "Perfect, thank you.");
  static final String NO_PROBLEM = "No problem.";
  static final List<String> ANYTHING_ELSE = List.of(
      "Is there anything else I can help with?", "Anything else I can do for you?",
      "Is there anything else you need today?");
  static final List<String> IS_THAT_RIGHT = List.of("Is that right?", "Did I get that right?", "Is that correct?");
  static final List<String> MAY_ENTER = List.of(
      "If you're not home, is it okay for maintenance to let themselves in?",
      "And may our maintenance team enter if nobody's home?",
      "Is it alright if maintenance goes in when you're not there?");
  static final List<String> WHERE = List.of(
      "What's the address, including the unit number?", "Can I get the address and unit number?",
      "Where is this? What's the street address and unit?");
  static final List<String> FILED = List.of(
      "All set, I've put in your maintenance request.", "Done, your request is in with maintenance.",
      "Great, I've filed that with our maintenance team.");
  static final String URGENT_FOLLOW_UP = "Someone will reach out today.";
  static final String ROUTINE_FOLLOW_UP = "Maintenance will be in touch to schedule a visit.";
  static final List<String> SORRY =
      List.of("I'm sorry you're dealing with that.", "That sounds frustrating, I'm sorry.");
  static final List<String> COMPLAINT_LOGGED = List.of(
      "Thank you. I've logged your complaint and the office will follow up.",
      "Got it, your complaint is logged and the office will look into it.");

  private FixedReplies() {}

  /** Every fixed reply, most frequent first. */
  public static List<String> all() {
    List<String> all = new ArrayList<>();
    for (List<String> group : List.of(THANKS, ANYTHING_ELSE, WHAT_ELSE, IS_THAT_RIGHT, MAY_ENTER, WHERE, FILED, SORRY,
        COMPLAINT_LOGGED)) {
      all.addAll(group);
    }
    all.addAll(List.of(NO_PROBLEM, URGENT_FOLLOW_UP, ROUTINE_FOLLOW_UP));
    return List.copyOf(all);
  }
}
