package app.chris.core.offline;

import app.chris.core.dialogue.Tools;
import app.chris.core.port.PendingConfirmation;
import app.chris.core.port.PendingConfirmation.Kind;
import java.util.Optional;
import java.util.Set;

/**
 * Answers the core's pending yes/no question with {@code confirm}, reading the caller's line in the light of what
 * was asked: "that's all" means no to "anything else?", "you can go in" is yes to permission to enter, "sorry,
 * 120" is the number for a proposed address. A line that asks for something new is left to the request planner.
 */
final class PendingAnswers {
  static final Set<Need> REQUESTS = Set.of(Need.MAINTENANCE, Need.EMERGENCY, Need.BALANCE, Need.RENT_INFO,
      Need.COMPLAINT, Need.PROPERTY_QUESTION, Need.PROSPECT, Need.ADMIN, Need.TEACH, Need.TRANSFER);

  private PendingAnswers() {}

  /** Adds the confirm call; true when the line is fully answered (nothing else to plan). */
  static boolean answer(Turn t, PendingConfirmation pending, Calls calls) {
    Understanding u = t.understood();
    Answer a = u.answer();
    // A short answer can faintly resemble a request ("let yourself in" ~ "let me talk to someone"): only a clear
    // request on top of an answer counts.
    boolean request = u.needs().stream().anyMatch(n -> REQUESTS.contains(n) && u.clearly(n));
    if (u.has(Need.EMERGENCY)) {
      return false; // safety first; the question can wait
    }
    Kind kind = pending.kind();
    if (kind == Kind.ANYTHING_ELSE) {
      if (a.done() || u.primary() == Need.GOODBYE || a.yesNo() == Answer.YesNo.NO && !request) {
        calls.add(Tools.CONFIRM, Tools.Args.ANSWER, "no");
        return true;
      }
      if (!request && a.yesNo() == Answer.YesNo.YES) {
        calls.add(Tools.CONFIRM, Tools.Args.ANSWER, "yes");
        return true;
      }
      return false;
    }
    if (kind == Kind.PERMISSION_TO_ENTER && (a.permission().isPresent() || a.yesNo() != Answer.YesNo.NONE)) {
      boolean granted = a.permission().orElse(a.yesNo() == Answer.YesNo.YES);
      calls.add(Tools.CONFIRM, Tools.Args.ANSWER, granted ? "yes" : "no");
      return !request;
    }
    if (kind == Kind.ADDRESS && a.yesNo() == Answer.YesNo.NONE) {
      Optional<String> said = u.slots().address().or(() -> u.slots().number());
      said.ifPresent(s -> calls.add(Tools.NOTE_DETAILS, Tools.Args.ADDRESS, s));
      return said.isPresent() && !request;
    }
    if (a.yesNo() == Answer.YesNo.YES) {
      calls.add(Tools.CONFIRM, Tools.Args.ANSWER, "yes");
      return !request;
    }
    if (a.yesNo() == Answer.YesNo.NO) {
      Optional<String> correction = correction(kind, u);
      calls.add(Tools.CONFIRM, Tools.Args.ANSWER, "no", Tools.Args.CORRECTION, correction);
      // "No, it's the bathtub, not the sink" corrects the read-back: it is not a second request to plan as well.
      boolean corrects = correction.isPresent() && (kind == Kind.SERVICE_REQUEST || kind == Kind.COMPLAINT);
      return corrects || !request;
    }
    return false;
  }

  private static Optional<String> correction(Kind kind, Understanding u) {
    if (kind == Kind.ADDRESS) {
      return u.slots().address().or(() -> u.slots().number()).or(() -> u.answer().correction());
    }
    if (kind == Kind.ANYTHING_ELSE || kind == Kind.TRANSFER || kind == Kind.PERMISSION_TO_ENTER) {
      return Optional.empty();
    }
    return u.answer().correction().filter(c -> c.split("\\s+").length >= 2 || kind == Kind.IDENTITY);
  }
}
