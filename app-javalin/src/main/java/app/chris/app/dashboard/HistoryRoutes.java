package app.chris.app.dashboard;

import app.chris.app.Stores;
import app.chris.core.port.CallId;
import app.chris.core.port.CallPage;
import app.chris.core.port.CallQuery;
import app.chris.core.port.Intent;
import app.chris.core.port.Outcome;
import app.chris.core.port.Tenant;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code /dashboard/calls}: call history filtered by date, caller, tenant, intent and outcome, in keyset pages
 * from {@link app.chris.core.port.CallHistory} (fast with 100,000 calls); {@code /dashboard/calls/{id}} is one
 * call. A search for a tenant's full name finds that tenant's calls.
 */
final class HistoryRoutes {
  static final int PAGE = 50;

  private final Frame frame;
  private final Stores stores;

  HistoryRoutes(Frame frame, Stores stores) {
    this.frame = frame;
    this.stores = stores;
  }

  void register(RoutesConfig routes) {
    routes.get("/dashboard/calls", this::list);
    routes.get("/dashboard/calls/{callId}", ctx -> new CallRecordPage(frame, stores).show(ctx, callId(ctx)));
  }

  private void list(Context ctx) {
    ZoneId zone = frame.zone();
    HistoryFilter filter = new HistoryFilter(param(ctx, "from"), param(ctx, "to"), param(ctx, "q"),
        param(ctx, "intent"), param(ctx, "outcome"));
    Optional<String> tenantId = filter.text().flatMap(this::tenantNamed);
    CallQuery query = new CallQuery(date(filter.from()).map(d -> d.atStartOfDay(zone).toInstant()),
        date(filter.to()).map(d -> d.plusDays(1).atStartOfDay(zone).toInstant()), tenantId.or(filter::text),
        filter.intent().flatMap(HistoryRoutes::intent), filter.outcome().flatMap(HistoryRoutes::outcome),
        param(ctx, "after").flatMap(HistoryRoutes::safeId), PAGE);
    CallPage page = stores.history().search(query);
    frame.render(ctx, "Calls", "calls", new HistoryPage(stores.ledger(), zone).render(filter, tenantId, page));
  }

  /** The id of the one tenant whose full name is {@code text}, if exactly one. */
  private Optional<String> tenantNamed(String text) {
    List<Tenant> named = stores.ledger().tenants().stream()
        .filter(t -> t.fullName().equalsIgnoreCase(text.strip())).toList();
    return named.size() == 1 ? Optional.of(named.get(0).id()) : Optional.empty();
  }

  private static Optional<String> param(Context ctx, String name) {
    return Optional.ofNullable(ctx.queryParam(name)).map(String::strip).filter(s -> !s.isEmpty());
  }

  private static Optional<LocalDate> date(Optional<String> text) {
    try {
      return text.map(LocalDate::parse);
    } catch (DateTimeParseException e) {
      throw new DashboardException(400, "Dates are written like 2025-03-31.");
    }
  }

  static Optional<Intent> intent(String wire) {
    return List.of(Intent.values()).stream().filter(i -> i.wire().equals(wire.toLowerCase(Locale.ROOT))).findFirst();
  }

  static Optional<Outcome> outcome(String wire) {
    return List.of(Outcome.values()).stream().filter(o -> o.wire().equals(wire.toLowerCase(Locale.ROOT)))
        .findFirst();
  }

  private static Optional<CallId> safeId(String text) {
    try {
      return Optional.of(new CallId(text));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static CallId callId(Context ctx) {
    return safeId(ctx.pathParam("callId"))
        .orElseThrow(() -> DashboardException.notFound("There is no such call."));
  }
}
