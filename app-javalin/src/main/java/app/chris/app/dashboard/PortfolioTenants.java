package app.chris.app.dashboard;

import app.chris.app.Stores;
import app.chris.core.port.PhoneNumber;
import app.chris.core.port.Property;
import app.chris.core.port.Tenant;
import app.chris.core.port.Unit;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** The tenants table of the portfolio page, searchable by name, unit, phone or id and capped in length. */
final class PortfolioTenants {
  static final int MAX_ROWS = 300;

  private PortfolioTenants() {}

  static String render(Stores stores, Optional<String> query) {
    Map<String, String> unitNames = new HashMap<>();
    for (Property p : stores.directory().properties()) {
      for (Unit u : p.units()) {
        unitNames.put(u.id(), p.name() + " · " + u.name());
      }
    }
    String q = query.map(s -> s.strip().toLowerCase(Locale.ROOT)).orElse("");
    List<Tenant> matching = stores.ledger().tenants().stream()
        .filter(t -> q.isEmpty() || haystack(t, unitNames).contains(q)).toList();
    StringBuilder out = new StringBuilder("<h2>Tenants <span class=\"count\">").append(matching.size())
        .append("</span></h2><form method=\"get\" action=\"/dashboard/portfolio\" class=\"filters\"><input name=\"q\" "
            + "type=\"search\" placeholder=\"Name, unit, phone or id\" value=\"").append(Html.esc(q))
        .append("\"><button type=\"submit\">Search</button></form><div class=\"table-wrap\"><table><thead><tr>"
            + "<th>Id</th><th>Name</th><th>Unit</th><th>Phones</th><th>Email</th><th>Status</th></tr></thead><tbody>");
    for (Tenant t : matching.subList(0, Math.min(MAX_ROWS, matching.size()))) {
      out.append("<tr><td>").append(Html.esc(t.id())).append("</td><td>").append(Html.esc(t.fullName()))
          .append("</td><td>").append(Html.esc(unitNames.getOrDefault(t.unitId(), t.unitId()))).append("</td><td>")
          .append(Html.esc(t.phones().stream().map(PhoneNumber::e164).collect(Collectors.joining(", "))))
          .append("</td><td>").append(Html.esc(t.email().orElse(""))).append("</td><td>")
          .append(Html.badge(t.status().name().toLowerCase(Locale.ROOT), t.status().isResident() ? "ok" : "muted"))
          .append("</td></tr>");
    }
    out.append("</tbody></table></div>");
    if (matching.size() > MAX_ROWS) {
      out.append("<p class=\"muted\">Showing the first ").append(MAX_ROWS).append("; search to narrow down.</p>");
    }
    return out.toString();
  }

  private static String haystack(Tenant t, Map<String, String> unitNames) {
    return (t.id() + " " + t.fullName() + " " + unitNames.getOrDefault(t.unitId(), "") + " "
        + t.phones().stream().map(PhoneNumber::e164).collect(Collectors.joining(" "))).toLowerCase(Locale.ROOT);
  }
}
