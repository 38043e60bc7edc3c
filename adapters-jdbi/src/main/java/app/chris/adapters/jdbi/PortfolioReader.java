package app.chris.adapters.jdbi;

import static app.chris.adapters.jdbi.Fields.bad;

import app.chris.adapters.jdbi.Fields.Item;
import app.chris.core.port.Admin;
import app.chris.core.port.Portfolio;
import app.chris.core.port.Property;
import app.chris.core.port.StreetAddress;
import app.chris.core.port.Tenant;
import app.chris.core.port.TenantStatus;
import app.chris.core.port.Unit;
import app.chris.core.security.Pins;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads and checks a {@code chris-portfolio/1} tree in document order, so the first bad field is the one
 * reported. In snapshot mode admins carry {@code pinHash} (already hashed) instead of {@code pin}. One use.
 */
final class PortfolioReader {
  static final String FORMAT = "chris-portfolio/1";
  private final boolean snapshot;
  private final Set<String> unitIds = new HashSet<>();

  PortfolioReader(boolean snapshot) {
    this.snapshot = snapshot;
  }

  Portfolio read(JsonNode root) {
    if (!root.isObject()) {
      throw bad("", "A portfolio file must be one JSON object.");
    }
    if (!FORMAT.equals(root.path("format").asText(null))) {
      throw bad("/format", "format must be \"" + FORMAT + "\".");
    }
    var company = CompanyReader.read(Fields.object(root, "company", "/company"));
    List<Admin> admins = Fields.items(root, "admins", "/admins", false).stream().map(this::admin).toList();
    List<Property> properties = unique(Fields.items(root, "properties", "/properties", true), "property")
        .stream().map(this::property).toList();
    List<Item> tenantItems = unique(Fields.items(root, "tenants", "/tenants", false), "tenant");
    List<Tenant> tenants = new ArrayList<>();
    Map<String, BigDecimal> balances = new LinkedHashMap<>();
    for (Item i : tenantItems) {
      Tenant t = tenant(i);
      tenants.add(t);
      balances.put(t.id(), i.node().has("balance") && !i.node().get("balance").isNull()
          ? Fields.money(i.node().get("balance"), i.at("balance")) : new BigDecimal("0.00"));
    }
    return new Portfolio(company, admins, properties, tenants, balances);
  }

  static JsonNode object(Item i) {
    if (!i.node().isObject()) {
      throw bad(i.pointer(), "Expected a JSON object at " + i.pointer() + ".");
    }
    return i.node();
  }

  /** Checks that the items' ids are present and unique before anything else in them is read. */
  private static List<Item> unique(List<Item> items, String what) {
    Set<String> seen = new HashSet<>();
    for (Item i : items) {
      String id = Fields.text(object(i), "id", i.at("id"));
      if (!seen.add(id)) {
        throw bad(i.at("id"), "The " + what + " id \"" + id + "\" is used twice.");
      }
    }
    return items;
  }

  private Admin admin(Item i) {
    JsonNode a = object(i);
    String name = Fields.text(a, "name", i.at("name"));
    var phone = Fields.phone(a.path("phone"), i.at("phone"));
    if (snapshot) {
      return new Admin(name, phone, Fields.text(a, "pinHash", i.at("pinHash")));
    }
    JsonNode pin = a.path("pin");
    String digits = pin.isIntegralNumber() ? pin.asText() : pin.isTextual() ? pin.asText().strip() : "";
    if (!digits.matches("\\d{4,12}")) {
      throw bad(i.at("pin"), "An admin PIN is 4 to 12 digits.");
    }
    return new Admin(name, phone, Pins.hash(digits));
  }

  private Property property(Item i) {
    JsonNode p = i.node();
    String id = Fields.text(p, "id", i.at("id"));
    String name = Fields.text(p, "name", i.at("name"));
    StreetAddress address = new StreetAddress(Fields.text(p, "street", i.at("street")),
        Fields.text(p, "city", i.at("city")), Fields.text(p, "state", i.at("state")),
        Fields.text(p, "postalCode", i.at("postalCode")));
    List<String> amenities = Fields.strings(p, "amenities", i.at("amenities"));
    List<String> facts = Fields.strings(p, "facts", i.at("facts"));
    List<Unit> units = Fields.items(p, "units", i.at("units"), false).stream().map(u -> unit(u, id)).toList();
    return new Property(id, name, address, amenities, facts, units);
  }

  private Unit unit(Item i, String propertyId) {
    JsonNode u = object(i);
    String id = Fields.text(u, "id", i.at("id"));
    if (!unitIds.add(id)) {
      throw bad(i.at("id"), "The unit id \"" + id + "\" is used twice.");
    }
    String name = Fields.text(u, "name", i.at("name"));
    int bedrooms = Fields.count(u, "bedrooms", i.at("bedrooms"));
    double bathrooms = Fields.amount(u, "bathrooms", i.at("bathrooms"));
    if (!u.hasNonNull("marketRent")) {
      throw bad(i.at("marketRent"), "marketRent is required.");
    }
    BigDecimal rent = Fields.money(u.get("marketRent"), i.at("marketRent"));
    if (rent.signum() < 0) {
      throw bad(i.at("marketRent"), "marketRent cannot be negative.");
    }
    boolean vacant = Fields.flag(u, "vacant", i.at("vacant"), false);
    return new Unit(id, propertyId, name, bedrooms, bathrooms, rent, vacant,
        Fields.optionalText(u, "street", i.at("street")));
  }

  private Tenant tenant(Item i) {
    JsonNode t = i.node();
    String id = Fields.text(t, "id", i.at("id"));
    String first = Fields.text(t, "firstName", i.at("firstName"));
    String last = Fields.text(t, "lastName", i.at("lastName"));
    String unitId = Fields.text(t, "unitId", i.at("unitId"));
    if (!unitIds.contains(unitId)) {
      throw bad(i.at("unitId"), "unitId \"" + unitId + "\" does not name a unit in this file.");
    }
    var phones = Fields.items(t, "phones", i.at("phones"), false).stream()
        .map(p -> Fields.phone(p.node(), p.pointer())).toList();
    var email = Fields.optionalText(t, "email", i.at("email"));
    String status = Fields.text(t, "status", i.at("status"));
    TenantStatus parsed;
    try {
      parsed = TenantStatus.valueOf(status.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw bad(i.at("status"), "status must be one of current, notice, past or future.");
    }
    return new Tenant(id, first, last, unitId, phones, email, parsed);
  }
}
