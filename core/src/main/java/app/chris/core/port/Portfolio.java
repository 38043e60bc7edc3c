package app.chris.core.port;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** One company's whole portfolio as imported from a portfolio file: the unit of replacement on import. */
public record Portfolio(
    CompanyProfile company,
    List<Admin> admins,
    List<Property> properties,
    List<Tenant> tenants,
    Map<String, BigDecimal> balances) {

  public Portfolio {
    Objects.requireNonNull(company, "company");
    admins = List.copyOf(admins);
    properties = List.copyOf(properties);
    tenants = List.copyOf(tenants);
    balances = Map.copyOf(balances);
  }
}
