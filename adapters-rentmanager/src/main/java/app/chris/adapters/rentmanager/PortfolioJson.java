package app.chris.adapters.rentmanager;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.List;

/** WAPI12 shapes read for the portfolio snapshot; Jackson leaves absent fields null, the mapper copes. */
final class PortfolioJson {
  private PortfolioJson() {}

  static final String PROPERTY_EMBEDS = "Addresses,UserDefinedValues";
  static final String UNIT_EMBEDS = "Addresses,MarketRent";
  static final String TENANT_EMBEDS = "Contacts,Contacts.PhoneNumbers,Leases,Balance";

  @JsonIgnoreProperties(ignoreUnknown = true)
  record PropertyJson(@JsonProperty("PropertyID") Long id, @JsonProperty("Name") String name,
      @JsonProperty("ShortName") String shortName, @JsonProperty("IsActive") Boolean active,
      @JsonProperty("Addresses") List<AddressJson> addresses,
      @JsonProperty("UserDefinedValues") List<UdfJson> udfs) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record AddressJson(@JsonProperty("Street") String street, @JsonProperty("Street1") String street1,
      @JsonProperty("City") String city, @JsonProperty("State") String state,
      @JsonProperty("PostalCode") String postalCode, @JsonProperty("IsPrimary") Boolean primary) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record UdfJson(@JsonProperty("Name") String name, @JsonProperty("Value") String value) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record UnitJson(@JsonProperty("UnitID") Long id, @JsonProperty("PropertyID") Long propertyId,
      @JsonProperty("Name") String name, @JsonProperty("Bedrooms") Integer bedrooms,
      @JsonProperty("Bathrooms") Double bathrooms, @JsonProperty("IsVacant") Boolean vacant,
      @JsonProperty("MarketRent") JsonNode marketRent, @JsonProperty("Addresses") List<AddressJson> addresses) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record TenantJson(@JsonProperty("TenantID") Long id, @JsonProperty("FirstName") String firstName,
      @JsonProperty("LastName") String lastName, @JsonProperty("Name") String name,
      @JsonProperty("Status") String status, @JsonProperty("Balance") BigDecimal balance,
      @JsonProperty("Contacts") List<ContactJson> contacts, @JsonProperty("Leases") List<LeaseJson> leases) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record ContactJson(@JsonProperty("IsPrimary") Boolean primary, @JsonProperty("Email") String email,
      @JsonProperty("PhoneNumbers") List<PhoneJson> phones) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record PhoneJson(@JsonProperty("PhoneNumber") String formatted,
      @JsonProperty("StrippedPhoneNumber") String stripped) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record LeaseJson(@JsonProperty("UnitID") Long unitId, @JsonProperty("MoveInDate") String moveIn,
      @JsonProperty("MoveOutDate") String moveOut) {}
}
