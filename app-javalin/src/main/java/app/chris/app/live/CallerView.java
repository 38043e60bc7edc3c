package app.chris.app.live;

import app.chris.app.Stores;
import app.chris.core.port.CallId;
import app.chris.core.port.CallRecord;
import app.chris.core.port.Intent;
import app.chris.core.port.Outcome;
import app.chris.core.port.Tenant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What the dashboard may show about a caller, read from the call's saved record: the tenant only once verified,
 * the intents so far and the outcome. {@link #changed} answers the fields when they differ from last time.
 */
final class CallerView {
  private final Stores stores;
  private final CallId id;
  private Map<String, String> last = Map.of();

  CallerView(Stores stores, CallId id) {
    this.stores = stores;
    this.id = id;
  }

  /** The current view when it changed since the last call, else empty. */
  Optional<Map<String, String>> changed() {
    Optional<CallRecord> record = stores.callLog().find(id);
    if (record.isEmpty()) {
      return Optional.empty();
    }
    Map<String, String> now = fields(record.get());
    if (now.equals(last)) {
      return Optional.empty();
    }
    last = now;
    return Optional.of(now);
  }

  String outcome() {
    return stores.callLog().find(id).flatMap(CallRecord::outcome).map(Outcome::wire).orElse("");
  }

  private Map<String, String> fields(CallRecord r) {
    Map<String, String> out = new LinkedHashMap<>();
    out.put("verified", Boolean.toString(r.verified()));
    out.put("intents", r.intents().stream().map(Intent::wire).collect(Collectors.joining(",")));
    if (r.verified() && r.tenantId().isPresent()) {
      out.put("tenantId", r.tenantId().get());
      out.put("tenant", stores.ledger().tenant(r.tenantId().get()).map(Tenant::fullName).orElse(""));
    }
    return out;
  }
}
