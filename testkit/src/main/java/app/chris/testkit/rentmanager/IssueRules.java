package app.chris.testkit.rentmanager;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** What the fake requires of a posted ServiceManagerIssue (the real rules are unknown; these are strict). */
final class IssueRules {
  private IssueRules() {}

  static String check(ObjectNode issue) {
    if (issue.path("Title").asText("").isBlank()) {
      return "Title is required";
    }
    if (issue.path("Description").asText("").isBlank()) {
      return "Description is required";
    }
    return null;
  }

  static String lookupsExist(RentManagerData data, JsonNode issue) {
    if (!exists(data, "ServiceManagerCategories", issue.path("CategoryID"))) {
      return "CategoryID is not a Service Manager category";
    }
    if (!exists(data, "ServiceManagerPriorities", issue.path("PriorityID"))) {
      return "PriorityID is not a Service Manager priority";
    }
    if (!exists(data, "ServiceManagerStatuses", issue.path("StatusID"))) {
      return "StatusID is not a Service Manager status";
    }
    return null;
  }

  private static boolean exists(RentManagerData data, String resource, JsonNode id) {
    return id.canConvertToLong() && data.find(resource, id.asLong()).isPresent();
  }
}
