package app.chris.testkit.rentmanager;

import static app.chris.testkit.rentmanager.Rows.address;
import static app.chris.testkit.rentmanager.Rows.contact;
import static app.chris.testkit.rentmanager.Rows.lease;
import static app.chris.testkit.rentmanager.Rows.row;

import app.chris.core.port.Portfolio;
import app.chris.core.port.Property;
import app.chris.core.port.Tenant;
import app.chris.core.port.TenantStatus;
import app.chris.core.port.Unit;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.Locale;

/**
 * Writes a core {@link Portfolio} into the fake as Rent Manager would hold it, so the same portfolio can be served
 * by the local store and by Rent Manager (contract tests). Ids must be a letter then digits ("P100", "U101",
 * "T1001"): Rent Manager ids are numbers. Amenities and facts go to user-defined fields.
 */
final class PortfolioRows {
  private PortfolioRows() {}

  static void load(RentManagerData data, Portfolio portfolio) {
    data.clearPortfolio();
    for (Property p : portfolio.properties()) {
      ObjectNode row = row().put("PropertyID", number(p.id())).put("Name", p.name()).put("ShortName", p.id())
          .put("IsActive", true);
      row.set("Addresses", Rows.addresses(address(p.address().street(), p.address().city(), p.address().state(),
          p.address().postalCode())));
      row.putArray("UserDefinedValues").add(udf("Amenities", String.join("\n", p.amenities())))
          .add(udf("Facts", String.join("\n", p.facts())));
      data.add("Properties", row);
      p.units().forEach(u -> data.add("Units", unit(u, p)));
    }
    for (Tenant t : portfolio.tenants()) {
      data.add("Tenants", tenant(t, portfolio.balances().getOrDefault(t.id(), BigDecimal.ZERO), portfolio));
    }
  }

  private static ObjectNode unit(Unit u, Property p) {
    ObjectNode row = row().put("UnitID", number(u.id())).put("PropertyID", number(p.id())).put("Name", u.name())
        .put("Bedrooms", u.bedrooms()).put("Bathrooms", u.bathrooms()).put("IsVacant", u.vacant())
        .put("MarketRent", u.marketRent());
    String street = u.street().orElse(p.address().street()); // apartments repeat the property's address
    row.putArray("Addresses").add(address(street, p.address().city(), p.address().state(),
        p.address().postalCode()));
    return row;
  }

  private static ObjectNode tenant(Tenant t, BigDecimal balance, Portfolio portfolio) {
    long unit = number(t.unitId());
    long property = portfolio.properties().stream().filter(p -> p.unit(t.unitId()).isPresent())
        .mapToLong(p -> number(p.id())).findFirst().orElse(0);
    String status = t.status().name().charAt(0) + t.status().name().substring(1).toLowerCase(Locale.ROOT);
    ObjectNode row = Rows.tenant(number(t.id()), t.firstName(), t.lastName(), property, status, "0")
        .put("Balance", balance);
    SampleRentManagerData.withContact(row, contact(number(t.id()), t.firstName(), t.lastName(), true,
        t.email().orElse(null)), t.phones().stream().map(ph -> ph.e164()).toArray(String[]::new));
    String moveOut = t.status() == TenantStatus.PAST ? "2024-01-31" : null;
    row.putArray("Leases").add(lease(number(t.id()), unit, property, "2023-01-01", moveOut));
    return row;
  }

  private static ObjectNode udf(String name, String value) {
    return row().put("Name", name).put("Value", value);
  }

  private static long number(String id) {
    return Long.parseLong(id.substring(1));
  }
}
