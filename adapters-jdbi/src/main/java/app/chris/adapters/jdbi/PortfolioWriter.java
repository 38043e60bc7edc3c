package app.chris.adapters.jdbi;

import app.chris.core.port.Admin;
import app.chris.core.port.CompanyProfile;
import app.chris.core.port.EmergencyContact;
import app.chris.core.port.OfficeHours;
import app.chris.core.port.PhoneNumber;
import app.chris.core.port.Portfolio;
import app.chris.core.port.Property;
import app.chris.core.port.Tenant;
import app.chris.core.port.Unit;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Writes a {@link Portfolio} as a stored snapshot: the {@code chris-portfolio/1} shape, except that admins carry
 * {@code pinHash} (a PIN in clear is never stored). {@link PortfolioReader} in snapshot mode reads it back.
 */
final class PortfolioWriter {
  private PortfolioWriter() {}

  static String snapshot(Portfolio p) {
    ObjectNode root = Json.object().put("format", PortfolioReader.FORMAT);
    root.set("company", company(p.company()));
    ArrayNode admins = root.putArray("admins");
    for (Admin a : p.admins()) {
      admins.addObject().put("name", a.name()).put("phone", a.phone().e164()).put("pinHash", a.pinHash());
    }
    ArrayNode properties = root.putArray("properties");
    p.properties().forEach(x -> properties.add(property(x)));
    ArrayNode tenants = root.putArray("tenants");
    for (Tenant t : p.tenants()) {
      ObjectNode o = tenants.addObject().put("id", t.id()).put("firstName", t.firstName())
          .put("lastName", t.lastName()).put("unitId", t.unitId());
      o.set("phones", Json.strings(t.phones().stream().map(PhoneNumber::e164).toList()));
      t.email().ifPresent(e -> o.put("email", e));
      o.put("status", t.status().name().toLowerCase(Locale.ROOT));
      o.put("balance", p.balances().getOrDefault(t.id(), new BigDecimal("0.00")));
    }
    return Json.write(root);
  }

  private static ObjectNode company(CompanyProfile c) {
    ObjectNode o = Json.object().put("name", c.name()).put("assistantName", c.assistantName());
    c.officePhone().ifPresent(ph -> o.put("officePhone", ph.e164()));
    o.put("timezone", c.timeZone().getId());
    ArrayNode hours = o.putArray("officeHours");
    for (OfficeHours h : c.officeHours()) {
      String days = h.days().stream().sorted().map(PortfolioWriter::day).collect(Collectors.joining(","));
      hours.addObject().put("days", days).put("open", h.open().toString()).put("close", h.close().toString());
    }
    ArrayNode contacts = o.putArray("emergencyContacts");
    for (EmergencyContact e : c.emergencyContacts()) {
      contacts.addObject().put("name", e.name()).put("phone", e.phone().e164());
    }
    o.set("notificationEmails", Json.strings(c.notificationEmails()));
    o.set("facts", Json.strings(c.facts()));
    return o;
  }

  private static String day(DayOfWeek d) {
    return d.name().substring(0, 3);
  }

  private static ObjectNode property(Property p) {
    ObjectNode o = Json.object().put("id", p.id()).put("name", p.name()).put("street", p.address().street())
        .put("city", p.address().city()).put("state", p.address().state())
        .put("postalCode", p.address().postalCode());
    o.set("amenities", Json.strings(p.amenities()));
    o.set("facts", Json.strings(p.facts()));
    ArrayNode units = o.putArray("units");
    for (Unit u : p.units()) {
      ObjectNode x = units.addObject().put("id", u.id()).put("name", u.name()).put("bedrooms", u.bedrooms())
          .put("bathrooms", u.bathrooms()).put("marketRent", u.marketRent()).put("vacant", u.vacant());
      u.street().ifPresent(s -> x.put("street", s));
    }
    return o;
  }
}
