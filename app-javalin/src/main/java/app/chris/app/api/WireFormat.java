package app.chris.app.api;

import app.chris.core.call.CallEvent;
import app.chris.core.port.CallAction;
import app.chris.core.port.CallRecord;
import app.chris.core.port.Intent;
import app.chris.core.port.KnowledgeFact;
import app.chris.core.port.Outcome;
import app.chris.core.port.ServiceRequest;
import app.chris.core.port.TranscriptLine;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Maps core records to the JSON shapes of contracts/http-api.md as ordered maps: wire names for enums,
 * ISO-8601 instants, {@code null} for missing ids. Fields may be added, never renamed.
 */
public final class WireFormat {
  private WireFormat() {}

  public static Map<String, Object> call(CallRecord r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("callId", r.id().value());
    m.put("channel", r.channel().wire());
    m.put("from", r.from().map(Object::toString).orElse(null));
    m.put("startedAt", r.startedAt().toString());
    m.put("endedAt", r.endedAt().map(Instant::toString).orElse(null));
    m.put("tenantId", r.tenantId().orElse(null));
    m.put("verified", r.verified());
    m.put("intents", r.intents().stream().map(Intent::wire).toList());
    m.put("outcome", r.outcome().map(Outcome::wire).orElse(null));
    m.put("summary", r.summary());
    m.put("transcript", r.transcript().stream().map(WireFormat::line).toList());
    m.put("actions", r.actions().stream().map(WireFormat::action).toList());
    return m;
  }

  public static Map<String, Object> serviceRequest(ServiceRequest r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", r.id());
    m.put("callId", r.callId().value());
    m.put("propertyId", r.propertyId().orElse(null));
    m.put("unitId", r.unitId().orElse(null));
    m.put("tenantId", r.tenantId().orElse(null));
    m.put("category", r.category());
    m.put("priority", r.priority().wire());
    m.put("description", r.description());
    m.put("addressVerified", r.addressVerified());
    m.put("permissionToEnter", r.permissionToEnter());
    m.put("status", r.status());
    m.put("createdAt", r.createdAt().toString());
    return m;
  }

  public static Map<String, Object> knowledge(KnowledgeFact f) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", f.id());
    m.put("propertyId", f.propertyId().orElse(null));
    m.put("text", f.text());
    m.put("source", f.source().wire());
    m.put("createdBy", f.createdBy());
    m.put("callId", f.callId().map(Object::toString).orElse(null));
    m.put("createdAt", f.createdAt().toString());
    m.put("active", f.active());
    return m;
  }

  /**
   * Debug events of a test-call turn: {@code tool}, {@code transfer}, {@code model}, {@code state},
   * {@code expecting}.
   */
  public static Map<String, Object> event(CallEvent e) {
    if (e instanceof CallEvent.ToolRan t) {
      return ordered("type", "tool", "name", t.name(), "ok", t.ok(), "detail", t.detail());
    } else if (e instanceof CallEvent.Transferred t) {
      return ordered("type", "transfer", "to", t.to().e164(), "reason", t.reason());
    } else if (e instanceof CallEvent.ModelUsed u) {
      return ordered("type", "model", "model", u.model(), "reason", u.reason(),
          "firstTokenMillis", u.firstTokenMillis());
    } else if (e instanceof CallEvent.StateChanged s) {
      return ordered("type", "state", "activity", s.activity().name().toLowerCase(Locale.ROOT));
    } else if (e instanceof CallEvent.Expecting x) {
      return ordered("type", "expecting", "next", x.next().name().toLowerCase(Locale.ROOT));
    }
    throw new IllegalStateException("unhandled call event " + e);
  }

  private static Map<String, Object> line(TranscriptLine l) {
    return ordered("speaker", l.speaker().wire(), "text", l.text(), "at", l.at().toString());
  }

  private static Map<String, Object> action(CallAction a) {
    return ordered("kind", a.kind(), "ok", a.ok(), "detail", a.detail(), "at", a.at().toString());
  }

  /** A JSON object with keys in the given order (values may be null). */
  static Map<String, Object> ordered(Object... keyValues) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < keyValues.length; i += 2) {
      m.put((String) keyValues[i], keyValues[i + 1]);
    }
    return m;
  }
}
