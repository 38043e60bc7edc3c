package app.chris.testkit.rentmanager;

import static app.chris.testkit.rentmanager.Rows.address;
import static app.chris.testkit.rentmanager.Rows.addresses;
import static app.chris.testkit.rentmanager.Rows.contact;
import static app.chris.testkit.rentmanager.Rows.lease;
import static app.chris.testkit.rentmanager.Rows.phone;
import static app.chris.testkit.rentmanager.Rows.row;
import static app.chris.testkit.rentmanager.Rows.tenant;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The reference's sample database (reference/rentmanager.md section 6): Oak St near-misses (120 vs 1200 vs an
 * inactive "12 Oak St"), Elm duplexes and Maple Ct scattered homes with their own addresses, six tenants (one
 * past, one with two phones, two sharing a number, one with a co-tenant) and one open issue.
 */
public final class SampleRentManagerData {
  private SampleRentManagerData() {}

  public static void load(RentManagerData data) {
    LookupData.load(data);
    property(data, 11, "Oak Street Apartments", "OAK", "120 Oak St", true);
    property(data, 12, "1200 Oak Street", "O1200", "1200 Oak St", true);
    property(data, 13, "Elm Duplexes", "ELM", "45 Elm Ave", true);
    property(data, 14, "Maple Ct Homes", "MAPLE", "10 Maple Ct", true);
    property(data, 15, "12 Oak St", "O12", "12 Oak St", false);
    unit(data, 2011, 11, "101", null, 1);
    unit(data, 2012, 11, "102", null, 1);
    unit(data, 2013, 11, "2B", null, 2);
    unit(data, 2014, 11, "#3", null, 2);
    unit(data, 2021, 12, "A", null, 3);
    unit(data, 2031, 13, "45", "45 Elm Ave", 2);
    unit(data, 2032, 13, "47", "47 Elm Ave", 2);
    unit(data, 2041, 14, "12 Maple Ct", "12 Maple Ct", 3);
    unit(data, 2042, 14, "21 Maple Ct", "21 Maple Ct", 3);
    unit(data, 2043, 14, "112 Maple Ct", "112 Maple Ct", 4);
    tenants(data);
    data.add("Prospects", row().put("ProspectID", 3001).put("FirstName", "Ivy").put("LastName", "Jones")
        .put("PropertyID", 11).put("ProspectStatus", "Active").put("Comment", "Asked about 2 bedrooms"));
    data.add("ServiceManagerIssues", row().put("ServiceManagerIssueID", 5001).put("Title", "No heat")
        .put("Description", "Furnace not running").put("CategoryID", 4).put("PriorityID", 2).put("StatusID", 3)
        .put("IsClosed", false).put("AssignedOpenDate", "2026-04-30T08:00:00"));
    data.add("HistoryNotes", row().put("HistoryID", 9001).put("ParentID", 1001).put("EntityType", "Tenant")
        .put("HistoryDate", "2026-04-29T09:00:00").put("Note", "Asked about parking").put("HistoryCategoryID", 2));
  }

  private static void property(RentManagerData data, long id, String name, String shortName, String street,
      boolean active) {
    ObjectNode p = row().put("PropertyID", id).put("Name", name).put("ShortName", shortName)
        .put("IsActive", active);
    p.set("Addresses", addresses(address(street, "Springfield", "IL", "62701")));
    p.putArray("UserDefinedValues");
    data.add("Properties", p);
  }

  private static void unit(RentManagerData data, long id, long property, String name, String street, int beds) {
    ObjectNode u = row().put("UnitID", id).put("PropertyID", property).put("Name", name).put("UnitTypeID", 1)
        .put("Bedrooms", beds).put("Bathrooms", 1).put("IsVacant", id == 2014 || id == 2043)
        .put("MarketRent", 900 + 100 * beds);
    u.putArray("Addresses");
    if (street != null) {
      u.withArray("Addresses").add(address(street, "Springfield", "IL", "62701"));
    }
    data.add("Units", u);
  }

  private static void tenants(RentManagerData data) {
    ObjectNode ana = tenant(1001, "Ana", "Ruiz", 11, "Current", "0.00");
    withContact(ana, contact(1, "Ana", "Ruiz", true, "ana@example.com"), "+12175550101");
    ana.putArray("Leases").add(lease(1, 2012, 11, "2024-06-01", null));
    ObjectNode ben = tenant(1002, "Ben", "Cho", 11, "Current", "125.50");
    withContact(ben, contact(2, "Ben", "Cho", true, "ben@example.com"), "+12175550102");
    ben.putArray("Leases").add(lease(2, 2013, 11, "2023-01-01", null));
    ObjectNode carla = tenant(1003, "Carla", "Diaz", 13, "Notice", "40.00");
    withContact(carla, contact(3, "Carla", "Diaz", true, "carla@example.com"), "+12175550103");
    withContact(carla, contact(4, "Raul", "Diaz", false, null), "+12175550113");
    carla.putArray("Leases").add(lease(3, 2031, 13, "2022-03-01", "2099-12-31"));
    ObjectNode dan = tenant(1004, "Dan", "Ellis", 11, "Past", "0.00");
    withContact(dan, contact(5, "Dan", "Ellis", true, null), "+12175550104");
    dan.putArray("Leases").add(lease(4, 2011, 11, "2020-01-01", "2023-12-31"));
    ObjectNode eve = tenant(1005, "Eve", "Fox", 14, "Current", "310.75");
    withContact(eve, contact(6, "Eve", "Fox", true, "eve@example.com"), "+12175550105", "+12175550205");
    eve.putArray("Leases").add(lease(5, 2042, 14, "2025-02-01", null));
    ObjectNode gus = tenant(1006, "Gus", "Hale", 12, "Current", "0.00");
    withContact(gus, contact(7, "Gus", "Hale", true, null), "+12175550101");
    gus.putArray("Leases").add(lease(6, 2021, 12, "2025-05-01", null));
    for (ObjectNode t : new ObjectNode[] {ana, ben, carla, dan, eve, gus}) {
      data.add("Tenants", t);
    }
  }

  static void withContact(ObjectNode tenant, ObjectNode contact, String... phones) {
    for (int i = 0; i < phones.length; i++) {
      contact.withArray("PhoneNumbers").add(phone(contact.path("ContactID").asLong() * 10 + i, phones[i], i == 0));
    }
    contact.put("ParentID", tenant.path("TenantID").asLong());
    tenant.withArray("Contacts").add(contact);
  }
}
