package app.chris.core.offline;

import app.chris.core.dialogue.Tools;
import app.chris.core.port.ModelReply;
import app.chris.core.port.PendingConfirmation.Kind;
import app.chris.core.port.Prompt;
import app.chris.core.port.ToolExchange;
import app.chris.core.speech.SentenceSplitter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The steps after tools ran: one more tool when a result calls for it (the permission the caller already gave,
 * the balance once verified), otherwise Chris's words: the results' {@code say} values in order, plus a natural
 * "anything else?" when nothing is pending and the call goes on. Stateless.
 */
final class ReplyComposer {
  private static final Pattern READ_BACK = Pattern.compile("(?:Let me read that back|Just to confirm|So I have"
      + "|Just to be sure I've got it|Let me make sure I have this right|So, to read that back):.*$");

  private ReplyComposer() {}

  static ModelReply compose(Turn t, Prompt prompt) {
    List<ToolExchange> done = prompt.toolExchanges();
    Calls more = new Calls("offline_more" + done.size());
    Answer answer = t.understood().answer();
    if (TurnPlanner.pendingIs(t, Kind.PERMISSION_TO_ENTER) && answer.permission().isPresent()
        && !ran(done, Tools.CONFIRM, "permission_to_enter")) {
      more.add(Tools.CONFIRM, Tools.Args.ANSWER, answer.permission().get() ? "yes" : "no");
    }
    if (status(done, Tools.VERIFY_IDENTITY, "verified") && t.wants(Need.BALANCE) && !ranAfterVerify(done)) {
      more.add(Tools.GET_ACCOUNT, Tools.Args.TOPIC, "balance");
    }
    if (!more.isEmpty()) {
      return new ModelReply.ToolUse("", more.list());
    }
    return new ModelReply.Text(words(t, done, prompt));
  }

  private static String words(Turn t, List<ToolExchange> done, Prompt prompt) {
    Set<String> says = new LinkedHashSet<>();
    boolean ended = false;
    for (ToolExchange e : done) {
      String say = e.result().data().getOrDefault(Tools.SAY, "").strip();
      if (!say.isEmpty()) {
        says.add(say);
      }
      ended |= "true".equals(e.result().data().get(Tools.ENDED));
    }
    // A result that asks the caller something speaks last, so the question is what the caller hears at the end.
    List<String> ordered = new ArrayList<>(says);
    ordered.sort(java.util.Comparator.comparing((String say) -> say.endsWith("?")));
    // Two tools asking the same thing in other words ("And which unit are you in? Which unit are you in?", two
    // read-backs after a correction): the caller hears only the latest question, which reflects the newest state.
    // What came before an earlier question (safety advice, "I'm alerting our on-call team") is kept.
    for (int i = ordered.size() - 2; i >= 0 && ordered.get(i).endsWith("?"); i--) {
      // The old read-back goes with its question: "Let me read that back: kitchen faucet" then "So I have:
      // bathroom faucet" tells the caller both.
      String before = READ_BACK.matcher(withoutLastQuestion(ordered.get(i))).replaceFirst("").strip();
      if (before.isEmpty()) {
        ordered.remove(i);
      } else {
        ordered.set(i, before);
      }
    }
    // "Where is this? The street address, please." asks too, though it ends with a full stop.
    boolean asks = ordered.stream().anyMatch(say -> say.contains("?"));
    String text = String.join(" ", ordered);
    if (text.isEmpty()) {
      text = t.pick("Okay.", "All right.");
    }
    if (!ended && prompt.pending().isEmpty() && unserved(t, done)) {
      text += " " + Conversation.reply(t); // e.g. noted the name, still needs the PIN
    } else if (!ended && prompt.pending().isPresent() && !asks) {
      // Details noted while a yes/no waits ("1200 maple ct b" after "Did I get that right?"): ask it again, or the
      // caller hears "All right." and silence.
      List<String> sentences = SentenceSplitter.split(prompt.pending().get().readBack());
      text += sentences.isEmpty() ? "" : " " + sentences.get(sentences.size() - 1);
    } else if (!ended && prompt.pending().isEmpty() && !asks) {
      // Worded apart from the core's own "anything else?" questions, so the two never echo each other.
      text += " " + t.fresh("Can I help with anything else?", "What else can I do for you?",
          "Is there something else I can help you with?", "Can I do anything else for you today?");
    }
    return text;
  }

  private static String withoutLastQuestion(String say) {
    String body = say.substring(0, say.length() - 1);
    int end = Math.max(body.lastIndexOf(". "), Math.max(body.lastIndexOf("! "), body.lastIndexOf("? ")));
    return end < 0 ? "" : say.substring(0, end + 1).strip();
  }

  // The line's main request got no tool of its own (no PIN yet, no fact yet, no problem described yet).
  private static boolean unserved(Turn t, List<ToolExchange> done) {
    String needed;
    switch (t.understood().primary()) {
      case ADMIN:
        needed = Tools.ADMIN_LOGIN;
        break;
      case TEACH:
        needed = Tools.TEACH_FACT;
        break;
      case MAINTENANCE:
        needed = Tools.CREATE_SERVICE_REQUEST;
        break;
      default:
        return false;
    }
    return done.stream().noneMatch(e -> e.call().name().equals(needed));
  }

  private static boolean ran(List<ToolExchange> done, String tool, String kind) {
    return done.stream().anyMatch(e -> e.call().name().equals(tool)
        && kind.equals(e.result().data().get(Tools.KIND)));
  }

  private static boolean status(List<ToolExchange> done, String tool, String status) {
    return done.stream().anyMatch(e -> e.call().name().equals(tool)
        && status.equals(e.result().data().get(Tools.STATUS)));
  }

  private static boolean ranAfterVerify(List<ToolExchange> done) {
    boolean verified = false;
    for (ToolExchange e : done) {
      verified |= e.call().name().equals(Tools.VERIFY_IDENTITY);
      if (verified && e.call().name().equals(Tools.GET_ACCOUNT)
          && !"refused".equals(e.result().data().get(Tools.STATUS))) {
        return true;
      }
    }
    return false;
  }
}
