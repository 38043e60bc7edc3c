package app.chris.adapters.rentmanager;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * WAPI12 bodies Chris writes. Shapes marked [L] in the reference (Linked* elements, IsAllowedToEnter, the history
 * note body) are best guesses to verify on the customer's API help portal before going live.
 */
final class WriteJson {
  private WriteJson() {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  record IssueJson(@JsonProperty("Title") String title, @JsonProperty("Description") String description,
      @JsonProperty("CategoryID") long categoryId, @JsonProperty("PriorityID") long priorityId,
      @JsonProperty("StatusID") long statusId, @JsonProperty("AssignedOpenDate") String openDate,
      @JsonProperty("IsCustomerInitiated") boolean customerInitiated,
      @JsonProperty("IsAllowedToEnter") boolean allowedToEnter,
      @JsonProperty("LinkedTenants") List<TenantLink> tenants, @JsonProperty("LinkedUnits") List<UnitLink> units,
      @JsonProperty("LinkedProperties") List<PropertyLink> properties) {}

  record TenantLink(@JsonProperty("TenantID") long id) {}

  record UnitLink(@JsonProperty("UnitID") long id) {}

  record PropertyLink(@JsonProperty("PropertyID") long id) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  record HistoryNoteJson(@JsonProperty("ParentID") long parentId, @JsonProperty("HistoryDate") String date,
      @JsonProperty("Note") String note, @JsonProperty("HistoryCategoryID") Long categoryId) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  record ProspectJson(@JsonProperty("FirstName") String firstName, @JsonProperty("LastName") String lastName,
      @JsonProperty("PropertyID") Long propertyId, @JsonProperty("Comment") String comment) {}

  record ContactJson(@JsonProperty("ParentType") String parentType, @JsonProperty("ParentID") long parentId,
      @JsonProperty("FirstName") String firstName, @JsonProperty("LastName") String lastName,
      @JsonProperty("IsPrimary") boolean primary, @JsonProperty("PhoneNumbers") List<PhoneJson> phones) {}

  record PhoneJson(@JsonProperty("PhoneNumber") String formatted,
      @JsonProperty("StrippedPhoneNumber") String stripped, @JsonProperty("IsPrimary") boolean primary) {}
}
