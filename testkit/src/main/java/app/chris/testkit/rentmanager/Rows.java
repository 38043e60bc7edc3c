package app.chris.testkit.rentmanager;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;

/** Small builders for WAPI12-shaped rows, so sample data reads like the reference's tables. */
final class Rows {
  static final ObjectMapper JSON = new ObjectMapper();

  private Rows() {}

  static ObjectNode row() {
    return JSON.createObjectNode();
  }

  static ObjectNode address(String street, String city, String state, String zip) {
    return row().put("AddressID", Math.abs(street.hashCode() % 100_000)).put("AddressTypeID", 1)
        .put("Street", street).put("City", city).put("State", state).put("PostalCode", zip)
        .put("IsPrimary", true).put("Address", street + "\r\n" + city + ", " + state + " " + zip);
  }

  /** An address list as Rent Manager sends it: the real row plus an unused billing slot full of nulls. */
  static ArrayNode addresses(ObjectNode primary) {
    ArrayNode list = JSON.createArrayNode().add(primary);
    list.addObject().put("AddressTypeID", 2).putNull("Street").putNull("City").put("IsPrimary", false);
    return list;
  }

  static ObjectNode lookup(String idField, long id, String name) {
    return row().put(idField, id).put("Name", name).put("Description", name).put("SortOrder", id)
        .put("IsActive", true);
  }

  static ObjectNode phone(long id, String e164, boolean primary) {
    String digits = e164.substring(1);
    boolean nanp = digits.length() == 11 && digits.startsWith("1");
    String national = nanp ? digits.substring(1) : digits;
    String formatted = nanp ? "(" + national.substring(0, 3) + ") " + national.substring(3, 6) + "-"
        + national.substring(6) : e164;
    return row().put("PhoneNumberID", id).put("PhoneNumberTypeID", 2).put("PhoneNumber", formatted)
        .put("StrippedPhoneNumber", national).put("IsPrimary", primary);
  }

  static ObjectNode contact(long id, String first, String last, boolean primary, String email) {
    ObjectNode c = row().put("ContactID", id).put("FirstName", first).put("LastName", last)
        .put("IsPrimary", primary).put("ParentType", "Tenant");
    if (email != null) {
      c.put("Email", email);
    }
    c.putArray("PhoneNumbers");
    return c;
  }

  static ObjectNode lease(long id, long unit, long property, String moveIn, String moveOut) {
    ObjectNode l = row().put("LeaseID", id).put("UnitID", unit).put("PropertyID", property)
        .put("MoveInDate", moveIn + "T00:00:00");
    return moveOut == null ? l.putNull("MoveOutDate") : l.put("MoveOutDate", moveOut + "T00:00:00");
  }

  static ObjectNode tenant(long id, String first, String last, long property, String status, String balance) {
    return row().put("TenantID", id).put("TenantDisplayID", id).put("FirstName", first).put("LastName", last)
        .put("Name", first + " " + last).put("PropertyID", property).put("Status", status)
        .put("Balance", new BigDecimal(balance));
  }
}
