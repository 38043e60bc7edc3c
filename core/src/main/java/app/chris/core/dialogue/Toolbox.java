package app.chris.core.dialogue;

import app.chris.core.port.PendingConfirmation.Kind;
import app.chris.core.port.PhoneNumber;
import app.chris.core.port.PortException;
import app.chris.core.port.ToolCall;
import app.chris.core.port.ToolResult;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the model's tool calls for one call, enforcing each tool's policy whatever the model asks. Unknown tools
 * and malformed or missing arguments get a clear refusal and the call goes on. Not thread-safe: used under the
 * session's lock.
 */
public final class Toolbox {
  private static final Logger LOG = LoggerFactory.getLogger(Toolbox.class);
  private final Desk desk;
  private final Flows flows;
  private final Map<String, Tool> tools;

  public Toolbox(DialogueServices services, CallContext ctx, Random random) {
    this.desk = new Desk(services, ctx, new Phrases(random));
    this.flows = new Flows(desk);
    this.tools = ToolTable.build(desk, flows);
  }

  public ToolResult run(ToolCall call) {
    Optional<String> problem = ToolArguments.problem(call);
    if (problem.isPresent()) {
      desk.act(call.name(), false, problem.get());
      String reason = tools.containsKey(call.name()) ? "bad_arguments" : "unknown_tool";
      return ToolReply.refused(reason, "").put(Tools.MESSAGE, problem.get()).toResult(call);
    }
    if (!call.name().equals(Tools.CONFIRM)) {
      desk.ctx.pending = desk.ctx.pending.filter(p -> p.kind() != Kind.ANYTHING_ELSE);
    }
    ToolReply reply;
    try {
      reply = tools.get(call.name()).run(call);
    } catch (PortException e) {
      LOG.warn("tool {} failed on call {}: {} {}", call.name(), desk.ctx.id, e.kind(), e.getMessage());
      reply = ToolReply.refused("unavailable", "I'm having trouble reaching our system right now, but I've made a "
          + "note and the office will follow up.");
    } catch (RuntimeException e) {
      LOG.warn("tool {} broke on call {}", call.name(), desk.ctx.id, e);
      reply = ToolReply.refused("error", "Sorry, something went wrong on my end; I've noted it for the office.");
    }
    desk.act(call.name(), reply.isOk(), reply.status());
    return reply.toResult(call);
  }

  /**
   * Things that must happen when the call ends: an emergency still waiting for an address is filed flagged, and an
   * on-call transfer still ringing is recorded as cut short.
   */
  public void finish() {
    if (flows.emergency.waiting()) {
      flows.emergency.file();
    }
    flows.onCall.finish();
  }

  /** The on-call contact being rung picked up and the bridged call ended ({@code detail}): the call is over. */
  public void onCallAnswered(String detail) {
    flows.onCall.answered(detail);
  }

  /** The on-call contact did not pick up: the next number to ring, or empty (urgent alert sent, Chris comes back). */
  public Optional<PhoneNumber> onCallMissed(String detail) {
    return flows.onCall.missed(detail);
  }

  /** Chris's words on coming back to the caller after nobody on call answered. */
  public String onCallComeBack() {
    return flows.onCall.comeBack();
  }

  /** True when nobody on call answered and the caller's next words are their message. */
  public boolean awaitingOnCallMessage() {
    return flows.onCall.awaitingMessage();
  }

  /** The host put the caller through to {@code to} (or could not) without Chris: recorded as a transfer. */
  public void handedOver(Optional<PhoneNumber> to, String reason) {
    desk.act("transfer", to.isPresent(), to.map(PhoneNumber::e164).orElse("no office number") + " " + reason);
    to.ifPresent(number -> desk.ctx.outcomes.add(app.chris.core.port.Outcome.TRANSFER));
  }

  /** Passes the caller's message on as urgent and ends the call; returns Chris's closing words. */
  public String takeOnCallMessage(String text) {
    return flows.onCall.takeMessage(text);
  }
}
