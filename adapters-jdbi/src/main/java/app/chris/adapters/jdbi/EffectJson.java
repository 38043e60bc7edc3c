package app.chris.adapters.jdbi;

import app.chris.core.port.CallId;
import app.chris.core.port.Effect;
import app.chris.core.port.Lead;
import app.chris.core.port.Notice;
import app.chris.core.port.PhoneNumber;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Outbox payloads: every {@link Effect} (and {@link Notice}) variant to JSON and back, losslessly. The
 * {@code type} field names the variant so old rows stay readable when variants are added.
 */
final class EffectJson {
  private EffectJson() {}

  /** Short machine word for the outbox {@code kind} column. */
  static String kind(Effect effect) {
    if (effect instanceof Effect.Email) {
      return ((Effect.Email) effect).notice() instanceof Notice.CallTranscript ? "transcript_email" : "alert_email";
    } else if (effect instanceof Effect.WorkOrder) {
      return "work_order";
    } else if (effect instanceof Effect.CallNote) {
      return "call_note";
    } else if (effect instanceof Effect.ProspectLead) {
      return "prospect_lead";
    }
    throw new IllegalStateException("unhandled effect " + effect);
  }

  static String write(Effect effect) {
    ObjectNode o = Json.object().put("type", kind(effect));
    if (effect instanceof Effect.Email) {
      notice(o, ((Effect.Email) effect).notice());
    } else if (effect instanceof Effect.WorkOrder) {
      o.set("request", RecordJson.request(((Effect.WorkOrder) effect).request()));
    } else if (effect instanceof Effect.CallNote) {
      Effect.CallNote note = (Effect.CallNote) effect;
      o.put("callId", note.callId().value()).put("note", note.note());
      Json.put(o, "tenantId", note.tenantId());
    } else if (effect instanceof Effect.ProspectLead) {
      lead(o.putObject("lead"), ((Effect.ProspectLead) effect).lead());
    }
    return Json.write(o);
  }

  private static void notice(ObjectNode o, Notice notice) {
    o.set("to", Json.strings(notice.to()));
    if (notice instanceof Notice.CallTranscript) {
      Notice.CallTranscript t = (Notice.CallTranscript) notice;
      o.put("companyName", t.companyName());
      o.set("call", RecordJson.call(t.call()));
      o.set("requests", Json.array().addAll(t.requests().stream().map(RecordJson::request).toList()));
    } else if (notice instanceof Notice.UrgentAlert) {
      Notice.UrgentAlert a = (Notice.UrgentAlert) notice;
      o.put("subject", a.subject()).put("body", a.body());
      Json.put(o, "callId", a.callId().map(CallId::value));
    } else {
      throw new IllegalStateException("unhandled notice " + notice);
    }
  }

  private static void lead(ObjectNode o, Lead lead) {
    o.put("callId", lead.callId().value()).put("name", lead.name()).put("interest", lead.interest());
    Json.put(o, "phone", lead.phone().map(PhoneNumber::e164));
    Json.put(o, "unitId", lead.unitId());
  }

  static Effect read(String json) {
    JsonNode n = Json.parse(json);
    String type = Json.required(n, "type");
    switch (type) {
      case "transcript_email":
        return new Effect.Email(new Notice.CallTranscript(Json.list(n.get("to"), JsonNode::asText),
            Json.required(n, "companyName"), RecordJson.call(n.get("call")),
            Json.list(n.get("requests"), RecordJson::request)));
      case "alert_email":
        return new Effect.Email(new Notice.UrgentAlert(Json.list(n.get("to"), JsonNode::asText),
            Json.required(n, "subject"), Json.required(n, "body"), Json.text(n, "callId").map(CallId::new)));
      case "work_order":
        return new Effect.WorkOrder(RecordJson.request(n.get("request")));
      case "call_note":
        return new Effect.CallNote(new CallId(Json.required(n, "callId")), Json.text(n, "tenantId"),
            Json.required(n, "note"));
      case "prospect_lead":
        JsonNode l = n.get("lead");
        return new Effect.ProspectLead(new Lead(new CallId(Json.required(l, "callId")), Json.required(l, "name"),
            Json.text(l, "phone").map(PhoneNumber::new), Json.text(l, "unitId"), Json.required(l, "interest")));
      default:
        throw new IllegalStateException("unknown stored effect type " + type);
    }
  }
}
