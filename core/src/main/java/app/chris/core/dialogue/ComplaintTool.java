package app.chris.core.dialogue;

import app.chris.core.complaint.ComplaintReadBack;
import app.chris.core.port.Intent;
import app.chris.core.port.Outcome;
import app.chris.core.port.PendingConfirmation.Kind;
import app.chris.core.port.Tenant;
import app.chris.core.port.ToolCall;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** record_complaint: reads the complaint back (no names) and logs it only when the caller says yes. */
final class ComplaintTool implements Tool {
  private final Desk desk;

  ComplaintTool(Desk desk) {
    this.desk = desk;
  }

  @Override
  public ToolReply run(ToolCall call) {
    return readBack(call.argument(Tools.Args.SUMMARY).orElseThrow(), "needs_confirmation");
  }

  ToolReply readBack(String complaint, String status) {
    desk.ctx.intents.add(Intent.COMPLAINT);
    String summary = ComplaintReadBack.summary(complaint, names());
    desk.ctx.complaint = Optional.of(summary);
    String question = ComplaintReadBack.question(summary, desk.ctx.actions.size());
    ToolReply reply = ToolReply.ok(status);
    if (status.equals("needs_confirmation")) {
      reply.say(desk.phrases.pick(FixedReplies.SORRY));
    }
    desk.ctx.ask(Kind.COMPLAINT, question);
    return reply.pending(Kind.COMPLAINT).say(question);
  }

  /** The caller confirmed the read-back: log it and alert the office. */
  ToolReply log() {
    String summary = desk.ctx.complaint.orElseThrow();
    desk.ctx.complaint = Optional.empty();
    desk.ctx.outcomes.add(Outcome.COMPLAINT);
    desk.act("complaint_logged", true, summary);
    desk.alert("Complaint logged by phone", "A caller's complaint, confirmed by read-back: " + summary + ".");
    return desk.anythingElse(ToolReply.ok("confirmed").say(desk.phrases.pick(FixedReplies.COMPLAINT_LOGGED)));
  }

  private List<String> names() {
    List<String> names = new ArrayList<>();
    for (Tenant t : desk.services.ledger().tenants()) {
      names.add(t.fullName());
      names.add(t.firstName());
      names.add(t.lastName());
    }
    desk.services.directory().admins().forEach(a -> names.add(a.name()));
    return names;
  }
}
