package app.chris.testkit.rentmanager;

import static app.chris.testkit.rentmanager.Rows.lookup;

/** Collections every fake database has: Service Manager and history lookups, the location, empty write sinks. */
final class LookupData {
  private LookupData() {}

  static void load(RentManagerData data) {
    data.collection("Properties", "PropertyID").collection("Units", "UnitID").collection("Tenants", "TenantID")
        .collection("Prospects", "ProspectID").collection("Contacts", "ContactID")
        .collection("ServiceManagerIssues", "ServiceManagerIssueID").collection("HistoryNotes", "HistoryID")
        .collection("ServiceManagerCategories", "ServiceManagerCategoryID")
        .collection("ServiceManagerPriorities", "ServiceManagerPriorityID")
        .collection("ServiceManagerStatuses", "ServiceManagerStatusID")
        .collection("HistoryCategories", "HistoryCategoryID").collection("Locations", "LocationID");
    String[] categories = {"Plumbing", "Electrical", "Appliance", "HVAC", "General"};
    for (int i = 0; i < categories.length; i++) {
      data.add("ServiceManagerCategories", lookup("ServiceManagerCategoryID", i + 1, categories[i]));
    }
    String[] priorities = {"Emergency", "High", "Normal", "Low"};
    for (int i = 0; i < priorities.length; i++) {
      data.add("ServiceManagerPriorities", lookup("ServiceManagerPriorityID", i + 1, priorities[i]));
    }
    String[] statuses = {"<Unassigned>", "New", "Work in Progress", "Resolved"};
    for (int i = 0; i < statuses.length; i++) {
      data.add("ServiceManagerStatuses", lookup("ServiceManagerStatusID", i + 1, statuses[i]));
    }
    String[] history = {"General", "Phone Call", "Maintenance"};
    for (int i = 0; i < history.length; i++) {
      data.add("HistoryCategories", lookup("HistoryCategoryID", i + 1, history[i]));
    }
    data.add("Locations", Rows.row().put("LocationID", 1).put("Name", "Main").put("FriendlyName", "Main Office"));
  }
}
