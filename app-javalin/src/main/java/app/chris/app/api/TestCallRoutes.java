package app.chris.app.api;

import app.chris.core.port.CallId;
import app.chris.core.port.PhoneNumber;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Map;
import java.util.Optional;

/** The text test-call API of contracts/http-api.md: start, turns (speech or keypad), hang up. */
final class TestCallRoutes {
  private final TestCalls calls;
  private final JsonBodies bodies;

  TestCallRoutes(TestCalls calls, JsonBodies bodies) {
    this.calls = calls;
    this.bodies = bodies;
  }

  void register(RoutesConfig routes) {
    routes.post("/api/test-calls", this::start);
    routes.post("/api/test-calls/{callId}/turns", this::turn);
    routes.delete("/api/test-calls/{callId}", this::hangUp);
  }

  private void start(Context ctx) {
    ObjectNode body = bodies.object(ctx.body());
    Optional<PhoneNumber> from = phone(body, "from");
    Optional<PhoneNumber> to = phone(body, "to");
    Map.Entry<CallId, TurnResult> started = calls.start(from, to);
    TurnResult greeting = started.getValue();
    ctx.status(201).json(WireFormat.ordered("callId", started.getKey().value(), "replies", greeting.replies(),
        "ended", greeting.ended(), "events", greeting.events()));
  }

  private void turn(Context ctx) {
    CallId id = callId(ctx);
    ObjectNode body = bodies.object(ctx.body());
    Optional<String> text = JsonBodies.optionalText(body, "text").filter(t -> !t.isBlank());
    Optional<String> digits = JsonBodies.optionalText(body, "digits");
    if (text.isPresent() == digits.isPresent()) {
      throw ApiException.badRequest(text.isPresent() ? "invalid_field" : "missing_field",
          "Send either 'text' (what the caller said) or 'digits' (keypad input), not both.");
    }
    if (digits.isPresent() && !digits.get().matches("[0-9*#]{1,32}")) {
      throw ApiException.badRequest("invalid_field", "Field 'digits' may hold only 0-9, * and #.");
    }
    TurnResult result = text.isPresent() ? calls.say(id, text.get()) : calls.press(id, digits.get());
    ctx.json(WireFormat.ordered("replies", result.replies(), "ended", result.ended(), "events", result.events()));
  }

  private void hangUp(Context ctx) {
    ctx.json(WireFormat.call(calls.hangUp(callId(ctx))));
  }

  static CallId callId(Context ctx) {
    String raw = ctx.pathParam("callId");
    try {
      return new CallId(raw);
    } catch (IllegalArgumentException e) {
      throw ApiException.notFound("unknown_call", "There is no call with that id.");
    }
  }

  private static Optional<PhoneNumber> phone(ObjectNode body, String field) {
    Optional<String> raw = JsonBodies.optionalText(body, field).filter(s -> !s.isBlank());
    if (raw.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(PhoneNumber.parse(raw.get()).orElseThrow(() -> ApiException.badRequest("invalid_field",
        "Field '" + field + "' must be a phone number in E.164 form, like +12175550101.")));
  }
}
