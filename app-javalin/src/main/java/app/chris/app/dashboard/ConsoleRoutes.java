package app.chris.app.dashboard;

import app.chris.app.api.ApiException;
import app.chris.app.api.TestCalls;
import app.chris.app.api.TurnResult;
import app.chris.core.port.CallId;
import app.chris.core.port.CallRecord;
import app.chris.core.port.Outcome;
import app.chris.core.port.PhoneNumber;
import app.chris.core.port.Tenant;
import app.chris.core.port.TenantLedger;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * {@code /dashboard/console}: talk to Chris by typing. Calls run through {@link TestCalls}, the same engine,
 * policies and records as phone calls, and appear on the live page. The browser posts JSON with the session's
 * CSRF token in {@code X-CSRF-Token}; only admins may start calls (they write records).
 */
final class ConsoleRoutes {
  private static final int MAX_TEXT = 2000;

  private final Frame frame;
  private final TestCalls calls;
  private final TenantLedger ledger;

  ConsoleRoutes(Frame frame, TestCalls calls, TenantLedger ledger) {
    this.frame = frame;
    this.calls = calls;
    this.ledger = ledger;
  }

  void register(RoutesConfig routes) {
    routes.get("/dashboard/console", ctx -> frame.render(ctx, "Test console", "console",
        ConsolePage.render(Frame.isAdmin(ctx), ledger.tenants()), "console.js"));
    routes.post("/dashboard/console/calls", this::start);
    routes.post("/dashboard/console/calls/{callId}/turns", this::turn);
    routes.post("/dashboard/console/calls/{callId}/hangup", this::hangUp);
  }

  private void start(Context ctx) {
    Optional<PhoneNumber> from = Optional.ofNullable(ctx.formParam("from")).filter(f -> !f.isBlank())
        .map(f -> PhoneNumber.parse(f).orElseThrow(() -> ApiException.badRequest("invalid_phone",
            "The caller id must be a phone number such as +12175550101.")));
    Map.Entry<CallId, TurnResult> started = calls.start(from, Optional.empty());
    Map<String, Object> out = result(started.getValue());
    out.put("callId", started.getKey().value());
    ctx.status(201).json(out);
  }

  private void turn(Context ctx) {
    String text = Optional.ofNullable(ctx.formParam("text")).map(String::strip).orElse("");
    if (text.isEmpty() || text.length() > MAX_TEXT) {
      throw ApiException.badRequest("invalid_text", "Type what the caller says (1 to " + MAX_TEXT + " characters).");
    }
    ctx.json(result(calls.say(callId(ctx), text)));
  }

  private void hangUp(Context ctx) {
    CallRecord record = calls.hangUp(callId(ctx));
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("callId", record.id().value());
    out.put("outcome", record.outcome().map(Outcome::wire).orElse(""));
    out.put("summary", record.summary());
    out.put("tenant", record.verified() ? record.tenantId().flatMap(ledger::tenant).map(Tenant::fullName)
        .orElse("") : "");
    ctx.json(out);
  }

  private static Map<String, Object> result(TurnResult result) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("replies", result.replies());
    out.put("ended", result.ended());
    out.put("events", result.events());
    return out;
  }

  private static CallId callId(Context ctx) {
    try {
      return new CallId(ctx.pathParam("callId"));
    } catch (IllegalArgumentException e) {
      throw ApiException.notFound("unknown_call", "There is no such call.");
    }
  }
}
