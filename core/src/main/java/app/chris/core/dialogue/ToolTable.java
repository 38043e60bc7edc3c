package app.chris.core.dialogue;

import app.chris.core.port.Priority;
import app.chris.core.port.ToolCall;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Maps each tool name of the catalog to its behaviour. */
final class ToolTable {
  private ToolTable() {}

  static Map<String, Tool> build(Desk desk, Flows f) {
    return Map.ofEntries(
        Map.entry(Tools.NOTE_DETAILS, new DetailsTool(desk, f)),
        Map.entry(Tools.CONFIRM, new ConfirmTool(desk, f)),
        Map.entry(Tools.VERIFY_IDENTITY, call -> verify(f, call)),
        Map.entry(Tools.GET_ACCOUNT, f.account),
        Map.entry(Tools.CREATE_SERVICE_REQUEST, call -> f.service.start(draft(call))),
        Map.entry(Tools.REPORT_EMERGENCY, call -> f.emergency.report(
            call.argument(Tools.Args.KIND).orElse("other").toLowerCase(Locale.ROOT),
            call.argument(Tools.Args.DESCRIPTION).orElseThrow())),
        Map.entry(Tools.ANSWER_QUESTION, new AnswerTool(desk, new KnowledgeAnswers(desk.services))),
        Map.entry(Tools.LIST_AVAILABILITY, new Availability(desk)),
        Map.entry(Tools.RECORD_COMPLAINT, f.complaint),
        Map.entry(Tools.CAPTURE_LEAD, new LeadTool(desk)),
        Map.entry(Tools.ADMIN_LOGIN, new AdminTools(desk)),
        Map.entry(Tools.TEACH_FACT, f.facts::teach),
        Map.entry(Tools.LIST_FACTS, f.facts::list),
        Map.entry(Tools.RETIRE_FACT, f.facts::retire),
        Map.entry(Tools.TRANSFER_TO_STAFF, call -> f.staff.transfer(call.argument(Tools.Args.REASON).orElse(""))),
        Map.entry(Tools.END_CALL, call -> f.staff.goodbye(call.argument(Tools.Args.REASON).orElse(""))));
  }

  private static ToolReply verify(Flows f, ToolCall call) {
    ToolReply reply = f.identity.verify(call.argument(Tools.Args.FULL_NAME).orElseThrow(),
        call.argument(Tools.Args.ADDRESS), call.argument(Tools.Args.DETAIL));
    if (reply.status().equals("verified")) {
      f.account.answerWanted().ifPresent(reply::then);
    }
    return reply;
  }

  private static ServiceDraft draft(ToolCall call) {
    Priority priority = Priority.valueOf(call.argument(Tools.Args.PRIORITY).orElse("normal").toUpperCase(Locale.ROOT));
    Optional<Boolean> permission = call.argument(Tools.Args.PERMISSION_TO_ENTER)
        .map(p -> p.toLowerCase(Locale.ROOT)).map(p -> p.startsWith("y") || p.equals("true"));
    return new ServiceDraft(call.argument(Tools.Args.CATEGORY).orElse("general").toLowerCase(Locale.ROOT),
        call.argument(Tools.Args.DESCRIPTION).orElseThrow(), priority, false, permission);
  }
}
