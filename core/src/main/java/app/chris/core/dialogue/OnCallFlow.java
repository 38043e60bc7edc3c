package app.chris.core.dialogue;

import app.chris.core.address.ResolvedAddress;
import app.chris.core.port.CompanyProfile;
import app.chris.core.port.EmergencyContact;
import app.chris.core.port.Outcome;
import app.chris.core.port.PhoneNumber;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Emergency warm transfer on a phone call: Chris rings the company's on-call contacts in order through the
 * caller's line, each hearing a one-sentence summary before the caller is put through; the host reports every
 * dial's result. If nobody answers, an urgent alert goes out at once and Chris comes back to the caller, says what
 * happens next and takes a message. Every step is a call action.
 */
final class OnCallFlow {
  private static final Pattern NOTHING_TO_ADD = Pattern.compile("(?i)^\\W*(no|nope|nothing( else)?|no,? thanks?"
      + "|no,? thank you|that'?s (it|all|everything)|i'?m (good|fine|ok(ay)?))\\W*$");
  private static final int MAX_MESSAGE = 500;
  private final Desk desk;

  OnCallFlow(Desk desk) {
    this.desk = desk;
  }

  /** A phone call with on-call contacts on file, not ended and not already escalated by phone. */
  boolean canStart() {
    CallContext ctx = desk.ctx;
    return ctx.liveTransfers && !ctx.ended && ctx.ladder.isEmpty() && !company().emergencyContacts().isEmpty();
  }

  /** Starts ringing the first contact once this turn's words are said; the caller is told to stay on. */
  ToolReply start(ToolReply reply) {
    OnCallLadder ladder = new OnCallLadder(company().emergencyContacts(), whisper());
    desk.ctx.ladder = Optional.of(ladder);
    dial(ladder);
    return reply.put(Tools.TO, ladder.current().phone().e164()).say(desk.phrases.pick(
        "I'm calling our on-call team for you right now. Please stay on the line.",
        "I'm connecting you to our on-call team now. Please stay on the line."));
  }

  boolean dialing() {
    return desk.ctx.ladder.filter(l -> l.state == OnCallLadder.State.DIALING).isPresent();
  }

  boolean awaitingMessage() {
    return desk.ctx.ladder.filter(l -> l.state == OnCallLadder.State.UNREACHABLE).isPresent();
  }

  /** The contact picked up and talked with the caller ({@code detail}: how the dial ended); the call is over. */
  void answered(String detail) {
    OnCallLadder ladder = desk.ctx.ladder.orElseThrow();
    ladder.state = OnCallLadder.State.CONNECTED;
    desk.act("on_call_answered", true, who(ladder.current()) + " (" + detail + ")");
    desk.ctx.outcomes.add(Outcome.TRANSFER);
    desk.ctx.end();
  }

  /** Nobody picked up ({@code detail}: busy, no-answer...): the next contact to ring, or empty when none is left. */
  Optional<PhoneNumber> missed(String detail) {
    OnCallLadder ladder = desk.ctx.ladder.orElseThrow();
    desk.act("on_call_no_answer", false, who(ladder.current()) + " (" + detail + ")");
    if (ladder.advance()) {
      dial(ladder);
      return Optional.of(ladder.current().phone());
    }
    ladder.state = OnCallLadder.State.UNREACHABLE;
    desk.ctx.transferTo = Optional.empty();
    String tried = ladder.contacts().stream().map(OnCallFlow::who).collect(Collectors.joining(", "));
    desk.act("on_call_unreachable", false, "nobody answered: " + tried);
    desk.alert("On-call not reached: " + kind(), "Nobody answered the emergency transfer (tried " + tried + "). "
        + emergencyFacts() + " Please call the caller back now.");
    return Optional.empty();
  }

  /** What Chris says on coming back to the caller after nobody answered. */
  String comeBack() {
    String number = desk.ctx.callback.or(() -> desk.ctx.from).map(p -> " at " + p.e164()).orElse("");
    return "I'm sorry, I couldn't reach our on-call team directly. I've sent them an urgent alert with your "
        + "address and what's happening, and they'll call you back" + number + " as soon as they can. If anyone is "
        + "in danger, hang up and call 911. Is there anything else you'd like me to pass on to them?";
  }

  /** The caller's message after nobody answered: passed on as urgent (unless there is nothing to add). */
  String takeMessage(String text) {
    desk.ctx.ladder.orElseThrow().state = OnCallLadder.State.DONE;
    if (NOTHING_TO_ADD.matcher(text).matches()) {
      desk.act("message_taken", true, "nothing to add");
    } else {
      String message = text.length() > MAX_MESSAGE ? text.substring(0, MAX_MESSAGE) + "..." : text;
      desk.act("message_taken", true, message);
      desk.alert("Message from an emergency caller: " + kind(), "The caller's message, after the on-call team "
          + "could not be reached: \"" + message + "\". " + emergencyFacts());
    }
    desk.ctx.outcomes.add(Outcome.MESSAGE);
    desk.ctx.end();
    return "Thank you. I've passed that on as urgent, and our on-call team will call you back as soon as they can. "
        + "Take care.";
  }

  /** At hang-up: the dial to on-call never reported back (the caller hung up, or this server stopped). */
  void finish() {
    if (dialing()) {
      desk.act("on_call_not_completed", false, "no result for the call to "
          + who(desk.ctx.ladder.orElseThrow().current()) + ": the caller hung up or the server stopped first");
    }
  }

  private void dial(OnCallLadder ladder) {
    desk.ctx.transferTo = Optional.of(ladder.current().phone());
    desk.act("on_call_dial", true, who(ladder.current()));
  }

  /** One sentence for the person who answers: what, where and who, before the caller is put through. */
  private String whisper() {
    CompanyProfile company = company();
    String who = desk.ctx.callerName.map(n -> ", caller " + n).orElse("");
    return "Emergency call from " + company.assistantName() + " at " + company.name() + ": " + kind()
        + where().map(w -> " at " + w).orElse("") + who + "; connecting you now.";
  }

  private String emergencyFacts() {
    CallContext ctx = desk.ctx;
    return "Emergency: " + kind() + ": " + ctx.emergency.map(Emergency::description).orElse("not described")
        + ". Address: " + where().orElse("not given") + ". Caller: " + ctx.callerName.orElse("name not given")
        + ", " + ctx.callback.or(() -> ctx.from).map(PhoneNumber::e164).orElse("number withheld") + ".";
  }

  private Optional<String> where() {
    CallContext ctx = desk.ctx;
    return ctx.address.or(() -> ctx.candidate).map(ResolvedAddress::spoken).or(() -> ctx.addressSaid);
  }

  private String kind() {
    return desk.ctx.emergency.map(e -> e.kind().replace('_', ' ')).orElse("emergency");
  }

  private CompanyProfile company() {
    return desk.services.directory().company();
  }

  private static String who(EmergencyContact contact) {
    return contact.name() + " " + contact.phone().e164();
  }
}
