package app.chris.adapters.jdbi;

import app.chris.core.port.CallAction;
import app.chris.core.port.CallId;
import app.chris.core.port.CallRecord;
import app.chris.core.port.Channel;
import app.chris.core.port.Intent;
import app.chris.core.port.Outcome;
import app.chris.core.port.PhoneNumber;
import app.chris.core.port.Priority;
import app.chris.core.port.ServiceRequest;
import app.chris.core.port.Speaker;
import app.chris.core.port.TranscriptLine;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;

/** JSON trees for call records, transcripts, actions and service requests, as stored by this adapter. */
final class RecordJson {
  private RecordJson() {}

  static ArrayNode transcript(List<TranscriptLine> lines) {
    ArrayNode a = Json.array();
    lines.forEach(l -> a.addObject().put("speaker", l.speaker().name()).put("text", l.text())
        .put("at", l.at().toString()));
    return a;
  }

  static List<TranscriptLine> transcript(JsonNode a) {
    return Json.list(a, n -> new TranscriptLine(Speaker.valueOf(Json.required(n, "speaker")),
        Json.required(n, "text"), Json.instant(n, "at")));
  }

  static ArrayNode actions(List<CallAction> actions) {
    ArrayNode a = Json.array();
    actions.forEach(x -> a.addObject().put("kind", x.kind()).put("ok", x.ok()).put("detail", x.detail())
        .put("at", x.at().toString()));
    return a;
  }

  static List<CallAction> actions(JsonNode a) {
    return Json.list(a, n -> new CallAction(Json.required(n, "kind"), n.path("ok").asBoolean(),
        Json.required(n, "detail"), Json.instant(n, "at")));
  }

  static ObjectNode call(CallRecord r) {
    ObjectNode o = Json.object().put("id", r.id().value()).put("channel", r.channel().name());
    Json.put(o, "from", r.from().map(PhoneNumber::e164));
    o.put("startedAt", r.startedAt().toString());
    Json.put(o, "endedAt", r.endedAt().map(Instant::toString));
    Json.put(o, "tenantId", r.tenantId());
    o.put("verified", r.verified());
    o.set("intents", Json.strings(r.intents().stream().map(Intent::name).toList()));
    Json.put(o, "outcome", r.outcome().map(Outcome::name));
    o.put("summary", r.summary());
    o.set("transcript", transcript(r.transcript()));
    o.set("actions", actions(r.actions()));
    return o;
  }

  static CallRecord call(JsonNode n) {
    return new CallRecord(new CallId(Json.required(n, "id")), Channel.valueOf(Json.required(n, "channel")),
        Json.text(n, "from").map(PhoneNumber::new), Json.instant(n, "startedAt"),
        Json.text(n, "endedAt").map(Instant::parse), Json.text(n, "tenantId"), n.path("verified").asBoolean(),
        Json.list(n.get("intents"), i -> Intent.valueOf(i.asText())), Json.text(n, "outcome").map(Outcome::valueOf),
        Json.required(n, "summary"), transcript(n.get("transcript")), actions(n.get("actions")));
  }

  static ObjectNode request(ServiceRequest r) {
    ObjectNode o = Json.object().put("id", r.id()).put("callId", r.callId().value());
    Json.put(o, "propertyId", r.propertyId());
    Json.put(o, "unitId", r.unitId());
    Json.put(o, "tenantId", r.tenantId());
    return o.put("category", r.category()).put("priority", r.priority().name()).put("description", r.description())
        .put("addressVerified", r.addressVerified()).put("permissionToEnter", r.permissionToEnter())
        .put("status", r.status()).put("createdAt", r.createdAt().toString());
  }

  static ServiceRequest request(JsonNode n) {
    return new ServiceRequest(Json.required(n, "id"), new CallId(Json.required(n, "callId")),
        Json.text(n, "propertyId"), Json.text(n, "unitId"), Json.text(n, "tenantId"), Json.required(n, "category"),
        Priority.valueOf(Json.required(n, "priority")), Json.required(n, "description"),
        n.path("addressVerified").asBoolean(), n.path("permissionToEnter").asBoolean(), Json.required(n, "status"),
        Json.instant(n, "createdAt"));
  }
}
