package app.chris.core.offline;

import app.chris.core.dialogue.Tools;
import app.chris.core.port.IdentityStatus;
import app.chris.core.port.ModelReply;
import app.chris.core.port.PendingConfirmation;

/**
 * The first step of a turn: the tool calls the caller's line warrants, or words when no tool fits (a greeting, a
 * repeat, confusion). Details given without a request are read against the conversation: a name after a balance
 * question verifies, a name and number after a tour offer make a lead, a bare number after "what's the address?"
 * is the address. Stateless.
 */
final class TurnPlanner {
  private TurnPlanner() {}

  static ModelReply plan(Turn t) {
    Calls calls = new Calls("offline");
    if (u(t).primary() == Need.COMMAND || AccountPrivacy.othersAccount(t)) {
      return new ModelReply.Text(Conversation.reply(t)); // not an answer to anything pending, not a request
    }
    boolean answered = t.pending().map(p -> PendingAnswers.answer(t, p, calls)).orElse(false);
    if (!answered && teachingAnswer(t)) {
      calls.add(Tools.TEACH_FACT, Tools.Args.TEXT, t.said(), Tools.Args.PROPERTY, Teaching.property(t.said()));
      answered = true;
    }
    if (!answered) {
      Requests.plan(t, calls, !calls.isEmpty());
      if (calls.isEmpty() || onlyDetails(calls)) {
        contextual(t, calls);
      }
      if (calls.isEmpty() && u(t).answer().yesNo() == Answer.YesNo.YES && t.chrisAsked("connect you|put you through")) {
        calls.add(Tools.TRANSFER_TO_STAFF, Tools.Args.REASON, "caller accepted a transfer");
      }
      if (calls.isEmpty() && isGoodbye(t) && !SmallTalk.thanksBeforeAnything(t)) {
        calls.add(Tools.END_CALL, Tools.Args.REASON, "caller has what they needed");
      }
    }
    if (calls.isEmpty()) {
      return new ModelReply.Text(Conversation.reply(t));
    }
    return new ModelReply.ToolUse("", calls.list());
  }

  // After "What should I learn?", an admin's next line is the fact itself, whatever it is about.
  private static boolean teachingAnswer(Turn t) {
    Understanding u = t.understood();
    return t.facts().adminMode() && t.pending().isEmpty() && t.chrisAsked("learn|remember|what's the fact")
        && !u.has(Need.TEACH) && !u.has(Need.GOODBYE) && u.slots().pin().isEmpty()
        && t.said().split("\\s+").length >= 4;
  }

  private static Understanding u(Turn t) {
    return t.understood();
  }

  private static boolean onlyDetails(Calls calls) {
    return calls.list().stream().allMatch(c -> c.name().equals(Tools.NOTE_DETAILS));
  }

  private static boolean isGoodbye(Turn t) {
    Understanding u = t.understood();
    return u.clearly(Need.GOODBYE) || u.answer().done()
        || u.answer().yesNo() == Answer.YesNo.NO && u.needs().stream().noneMatch(PendingAnswers.REQUESTS::contains)
        && t.chrisAsked("anything else|else I can|else you need");
  }

  // A line of details only ("My name is Tom Baker.", "Hana Ito", "120"): what was Chris waiting for?
  private static void contextual(Turn t, Calls calls) {
    Understanding u = t.understood();
    Slots s = u.slots();
    boolean balancePending = t.wants(Need.BALANCE) && t.facts().identity() != IdentityStatus.VERIFIED && t.facts().identity() != IdentityStatus.LOCKED;
    if (balancePending && s.anyName().isPresent()) {
      calls.clear();
      Requests.balance(t, calls, s.anyName());
      return;
    }
    if (balancePending && t.facts().identity() == IdentityStatus.FAILED && s.address().isPresent()) {
      // "No wait, unit 2A": a corrected address after a failed check is the next attempt with the name given.
      t.facts().callerName().ifPresent(name -> {
        calls.clear();
        calls.add(Tools.VERIFY_IDENTITY, Tools.Args.FULL_NAME, name, Tools.Args.ADDRESS, s.address(),
            Tools.Args.DETAIL, Requests.detail(t));
      });
      if (!calls.isEmpty()) {
        return;
      }
    }
    if (balancePending && t.chrisAsked("phone number or email|email on") && Requests.detail(t).isPresent()) {
      t.facts().callerName().ifPresent(name -> {
        calls.clear();
        calls.add(Tools.VERIFY_IDENTITY, Tools.Args.FULL_NAME, name, Tools.Args.DETAIL, Requests.detail(t));
      });
      return;
    }
    if (t.wants(Need.PROSPECT) && (s.anyName().isPresent() || s.phone().isPresent())
        && t.chrisAsked("name|number|tour")) {
      calls.clear();
      Requests.lead(t, calls);
      if (!calls.isEmpty()) {
        return;
      }
    }
    if (calls.isEmpty()) {
      noteWhatWasAskedFor(t, calls);
    }
  }

  private static void noteWhatWasAskedFor(Turn t, Calls calls) {
    Slots s = t.understood().slots();
    boolean askedName = t.chrisAsked("your name|who am I speaking|who's calling|name, please");
    boolean askedAddress = t.chrisAsked("address|unit|street|where");
    java.util.Optional<String> name = s.name().or(() -> askedName ? s.bareName() : java.util.Optional.empty());
    // "the two bedroom at Maple Court" from someone asking about a vacancy names the listing, not their home.
    java.util.Optional<String> address = t.understood().has(Need.PROSPECT) ? java.util.Optional.empty()
        : s.address().or(() -> askedAddress ? s.number() : java.util.Optional.empty());
    if (name.isPresent() || address.isPresent() || s.phone().isPresent()) {
      calls.add(Tools.NOTE_DETAILS, Tools.Args.CALLER_NAME, name, Tools.Args.ADDRESS, address,
          Tools.Args.CALLBACK_NUMBER, s.phone().map(app.chris.core.port.PhoneNumber::e164));
    }
  }

  static boolean pendingIs(Turn t, PendingConfirmation.Kind kind) {
    return t.pending().filter(p -> p.kind() == kind).isPresent();
  }
}
