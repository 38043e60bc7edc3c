package app.chris.app.api;

import app.chris.core.port.CallLog;
import app.chris.core.port.KnowledgeFact;
import app.chris.core.port.KnowledgeSource;
import app.chris.core.port.KnowledgeStore;
import app.chris.core.port.NewKnowledgeFact;
import app.chris.core.port.ServiceDesk;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Optional;

/** Read access to calls and service requests, and the knowledge base (read, add, retire or correct). */
final class RecordRoutes {
  private static final int MAX_LIMIT = 1000;
  private static final String DASHBOARD = "dashboard";

  private final CallLog callLog;
  private final ServiceDesk serviceDesk;
  private final KnowledgeStore knowledge;
  private final JsonBodies bodies;

  RecordRoutes(CallLog callLog, ServiceDesk serviceDesk, KnowledgeStore knowledge, JsonBodies bodies) {
    this.callLog = callLog;
    this.serviceDesk = serviceDesk;
    this.knowledge = knowledge;
    this.bodies = bodies;
  }

  void register(RoutesConfig routes) {
    routes.get("/api/calls", ctx -> ctx.json(callLog.recent(limit(ctx, 50)).stream().map(WireFormat::call).toList()));
    routes.get("/api/calls/{callId}", ctx -> ctx.json(WireFormat.call(callLog.find(TestCallRoutes.callId(ctx))
        .orElseThrow(() -> ApiException.notFound("unknown_call", "There is no call with that id.")))));
    routes.get("/api/service-requests",
        ctx -> ctx.json(serviceDesk.recent(limit(ctx, 100)).stream().map(WireFormat::serviceRequest).toList()));
    routes.get("/api/knowledge", ctx -> ctx.json(knowledge.all().stream().map(WireFormat::knowledge).toList()));
    routes.post("/api/knowledge", this::addFact);
    routes.patch("/api/knowledge/{factId}", this::changeFact);
  }

  private void addFact(Context ctx) {
    ObjectNode body = bodies.object(ctx.body());
    String text = JsonBodies.optionalText(body, "text").filter(t -> !t.isBlank())
        .orElseThrow(() -> ApiException.badRequest("missing_field", "Field 'text' (the fact) is required."));
    Optional<String> propertyId = JsonBodies.optionalText(body, "propertyId").filter(p -> !p.isBlank());
    KnowledgeFact fact = knowledge.add(
        new NewKnowledgeFact(propertyId, text.strip(), KnowledgeSource.DASHBOARD, DASHBOARD, Optional.empty()));
    ctx.status(201).json(WireFormat.knowledge(fact));
  }

  /** {@code {"text": "..."}} corrects a fact (retire + add, keeping the trail); {@code {"active": false}} retires. */
  private void changeFact(Context ctx) {
    String id = ctx.pathParam("factId");
    ObjectNode body = bodies.object(ctx.body());
    Optional<String> text = JsonBodies.optionalText(body, "text").filter(t -> !t.isBlank());
    Optional<Boolean> active = JsonBodies.optionalBoolean(body, "active");
    Optional<KnowledgeFact> changed;
    if (text.isPresent()) {
      changed = knowledge.correct(id, text.get().strip(), DASHBOARD, Optional.empty());
    } else if (active.isPresent() && !active.get()) {
      changed = knowledge.retire(id, DASHBOARD);
    } else {
      throw ApiException.badRequest("missing_field", "Send 'text' to correct the fact or 'active': false to retire it.");
    }
    ctx.json(WireFormat.knowledge(changed.orElseThrow(
        () -> ApiException.notFound("unknown_fact", "There is no knowledge entry with that id."))));
  }

  private static int limit(Context ctx, int fallback) {
    String raw = ctx.queryParam("limit");
    if (raw == null || raw.isBlank()) {
      return fallback;
    }
    try {
      int limit = Integer.parseInt(raw.strip());
      if (limit >= 1 && limit <= MAX_LIMIT) {
        return limit;
      }
    } catch (NumberFormatException e) {
      // fall through to the same answer as an out-of-range number
    }
    throw ApiException.badRequest("invalid_limit", "Query parameter 'limit' must be a number from 1 to " + MAX_LIMIT + ".");
  }
}
