package app.chris.core.offline;

import app.chris.core.port.Intent;
import app.chris.core.speech.SentenceSplitter;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What Chris says when no tool fits: a repeat, a calm answer to rudeness, a short explanation to a confused
 * caller, a prompt for a missing PIN, fact or name, or an honest "say that another way". Stateless.
 */
final class Conversation {
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");
  private static final Pattern HELLO =
      Pattern.compile("(?i).*\\b(hi|hello|hey|anyone there|you there|good (morning|afternoon|evening))\\b.*");
  private static final Pattern ANYONE_THERE = Pattern.compile("(?i).*\\b(anyone|you) there\\b.*");
  private static final Pattern REPEAT_LEAD =
      Pattern.compile("^(So, |And |Now, |Sorry, just to check: |Let me ask again: |One more time: )");
  private static final Pattern ASKS_FOR = Pattern.compile("(?i)((what|where|which|who|when|how)\\b"
      + "|(can|could|may) i (get|have|take)\\b|(can|could) you (give|tell) me\\b).*");
  private static final Pattern ASKS_ANYTHING = Pattern.compile("(?i)(what|how) (else|can i|may i).*");

  private Conversation() {}

  static String reply(Turn t) {
    Understanding u = t.understood();
    Optional<String> safety = SafetyAgain.reply(t);
    if (safety.isPresent()) {
      return safety.get();
    }
    Optional<String> smallTalk = SmallTalk.reply(t);
    if (smallTalk.isPresent()) {
      return smallTalk.get();
    }
    Optional<String> when = whenSomeoneComes(t).filter(w -> t.said().matches(
        "(?i).*\\b(how (long|soon)|when (will|are|is|do)|what time will)\\b.*"));
    if (when.isPresent()) { // "How long will it take?" right after "Can I get your name?": answer, then ask again
      return when.get() + openQuestion(t.lastChris()).map(q -> " " + q).orElse("");
    }
    Optional<String> privacy = AccountPrivacy.reply(t);
    if (privacy.isPresent()) {
      return privacy.get();
    }
    switch (u.primary()) {
      case REPEAT:
        return t.lastChris().isBlank() ? "Sorry about that. How can I help you today?" : t.lastChris();
      case RUDE:
        return t.pick("I'm sorry this has been frustrating. I'm here to help: tell me what you need, or I can "
                + "connect you with someone at the office.",
            "I understand, and I'm sorry for the trouble. Tell me what you need and I'll do my best, or I can put "
                + "you through to the office.");
      case CONFUSED:
        return SmallTalk.confused(t);
      case COMMAND:
        return t.pick("I can't do that. I can take a maintenance request, answer questions about the property, "
                + "or help with your own account once I've confirmed who you are. What can I do for you?",
            "That's not something I can do. I'm happy to help with a repair, a question about the property, or "
                + "your own account after a quick check of who you are. What do you need?");
      case ADMIN:
        return "Sure. What's your admin PIN?";
      case TEACH:
        return t.facts().adminMode() ? "Of course. What should I learn?"
            : "I can learn new facts once you're signed in as an admin. What's your admin PIN?";
      case PROSPECT:
        return Requests.APPLY.matcher(t.said()).find()
            ? "Our leasing team takes applications and will walk you through it. Could I have your name and the "
                + "best number to reach you?"
            : "I'd be glad to set that up. Could I have your name and the best number to reach you?";
      case TRANSFER:
        return "Would you like me to connect you with someone at the office?";
      case MAINTENANCE:
        return whenSomeoneComes(t).orElse(t.chrisAsked("problem, exactly")
            // "It's making a weird noise" after "what's the problem?": ask for the thing, not the same question.
            ? "Okay. What is it that's acting up, the fridge, the heater, a faucet? And which room is it in?"
            : "I'm sorry to hear that. What's the problem, exactly?");
      case BALANCE:
        return "I can help with that. First, what's your full name and the address of your unit?";
      default:
        return other(t, u);
    }
  }

  private static String other(Turn t, Understanding u) {
    Optional<String> open = openQuestion(t.lastChris());
    boolean hello = WHITESPACE.split(t.said()).length <= 4 && u.answer().yesNo() == Answer.YesNo.NONE
        && HELLO.matcher(t.said()).matches();
    if (hello && (t.pending().isPresent() || open.isPresent())) {
      // "Hello?" mid-question means the line went quiet, not a new call: reassure, then ask again.
      String question = t.pending().map(p -> p.readBack()).orElseGet(open::get);
      return t.fresh("Yes, I'm still here. ", "I'm here. ") + withoutOpener(question);
    }
    if (t.pending().isPresent()) {
      return "Sorry, just to check: " + withoutOpener(t.pending().get().readBack());
    }
    if (u.answer().yesNo() == Answer.YesNo.YES && t.chrisAsked("tour|come see|visit")) {
      return "Great! Could I have your name and the best number to reach you?";
    }
    if (u.answer().yesNo() == Answer.YesNo.YES && open.isPresent()) {
      // "Yes" to "What's the address?" is a go-ahead, not an answer: ask again instead of starting over.
      return t.pick("Okay. ", "Sure. ") + open.get();
    }
    if (u.answer().yesNo() == Answer.YesNo.YES) {
      return t.pick("Sure, what can I help you with?", "Of course. What can I do for you?");
    }
    if (hello && ANYONE_THERE.matcher(t.said()).matches()) {
      return t.fresh("Yes, I'm here! How can I help?", "I'm right here. What can I do for you?");
    }
    if (hello) {
      return t.pick("Hi! How can I help you today?", "Hello! What can I do for you today?");
    }
    if (open.isPresent()) {
      // Not understood while Chris waits for something specific: ask for that again, not for "another way".
      return t.pick("Sorry, I didn't quite catch that. ", "Sorry, I missed that. ") + open.get();
    }
    return t.pick("Sorry, I didn't quite catch that. Could you say it another way?",
        "I'm sorry, I didn't follow. Could you tell me a little more about what you need?");
  }

  /** "And may maintenance enter?" after "Sorry, just to check:" needs its own opener dropped. */
  private static String withoutOpener(String question) {
    String bare = question.replaceFirst("^(And|So|Now),? |^(Just to confirm|Just to be sure I've got it"
        + "|So, to read that back|Let me read that back|Let me make sure I have this right|So I have): ", "");
    return bare.equals(question) ? question : Character.toUpperCase(bare.charAt(0)) + bare.substring(1);
  }

  /** Chris's last sentence when it asked for something specific ("What's the address?"), not a yes/no question. */
  static Optional<String> openQuestion(String lastChris) {
    List<String> sentences = SentenceSplitter.split(lastChris);
    if (sentences.isEmpty()) {
      return Optional.empty();
    }
    // Without the lead a repeat got ("So, can I get the address?"), or a second "yes" loses the question.
    String last = REPEAT_LEAD.matcher(sentences.get(sentences.size() - 1)).replaceFirst("");
    if (last.isEmpty()) {
      return Optional.empty();
    }
    last = Character.toUpperCase(last.charAt(0)) + last.substring(1);
    boolean asksFor = last.endsWith("?") && ASKS_FOR.matcher(last).matches() && !ASKS_ANYTHING.matcher(last).matches();
    return asksFor ? Optional.of(last) : Optional.empty();
  }


  /** "When will someone come?" once a request is in: what happens next, not a new request. */
  private static Optional<String> whenSomeoneComes(Turn t) {
    List<Intent> intents = t.facts().intents();
    boolean filed = t.facts().issue().isPresent() || intents.contains(Intent.EMERGENCY);
    if (!filed || !t.said().matches("(?i).*\\b(when|how (long|soon)|what time)\\b.*")) {
      return Optional.empty();
    }
    return Optional.of(intents.contains(Intent.EMERGENCY)
        ? "Our on-call team has your emergency and will call you right back. "
            + "If anyone is in danger, call 911."
        : "Your request is in. Maintenance will call you to schedule a visit.");
  }
}
