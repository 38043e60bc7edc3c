package app.chris.adapters.rentmanager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.chris.core.port.CallId;
import app.chris.core.port.Effect;
import app.chris.core.port.FailureKind;
import app.chris.core.port.Lead;
import app.chris.core.port.PhoneNumber;
import app.chris.core.port.PortException;
import app.chris.core.port.Priority;
import app.chris.testkit.rentmanager.FakeRentManagerServer;
import app.chris.testkit.rentmanager.RentManagerFault;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RentManagerPropertySystemTest {
  private final FakeRentManagerServer fake = FakeRentManagerServer.start();
  private final RentManagerPropertySystem system = Fixtures.propertySystem(Fixtures.client(fake));

  @AfterEach
  void stop() {
    fake.close();
  }

  @Test
  void givenLeakReport_createWorkOrder_filesOneLinkedIssueWithIdsResolvedByName() {
    String id = system.createWorkOrder(
        WorkOrders.request("r1", "plumbing", Priority.EMERGENCY, "Water pouring from the ceiling"), "key-1");

    ObjectNode issue = newIssues().get(0);
    assertThat(issue.path("ServiceManagerIssueID").asText()).isEqualTo(id);
    assertThat(issue.path("CategoryID").asLong()).isEqualTo(1); // Plumbing
    assertThat(issue.path("PriorityID").asLong()).isEqualTo(1); // Emergency
    assertThat(issue.path("StatusID").asLong()).isEqualTo(2); // New
    assertThat(issue.path("Title").asText()).isEqualTo("Plumbing: Water pouring from the ceiling");
    assertThat(issue.path("Description").asText()).contains("Water pouring from the ceiling", "call c_r1");
    assertThat(issue.path("IsAllowedToEnter").asBoolean()).isTrue();
    assertThat(issue.path("LinkedTenants").get(0).path("TenantID").asLong()).isEqualTo(1001);
    assertThat(issue.path("LinkedUnits").get(0).path("UnitID").asLong()).isEqualTo(2012);
    assertThat(issue.path("LinkedProperties").get(0).path("PropertyID").asLong()).isEqualTo(11);
  }

  @Test
  void givenDatabaseWithItsOwnNames_createWorkOrder_usesTheConfiguredNamesIds() {
    fake.data().add("ServiceManagerCategories", new ObjectMapper().createObjectNode()
        .put("ServiceManagerCategoryID", 17).put("Name", "Water Leak"));
    RentManagerSettings.IssueNames defaults = RentManagerSettings.IssueNames.defaults();
    RentManagerSettings.IssueNames names = new RentManagerSettings.IssueNames(Map.of("plumbing", "Water Leak"),
        "General", Map.of(Priority.EMERGENCY, "Emergency", Priority.URGENT, "Emergency", Priority.NORMAL, "Low",
        Priority.LOW, "Low"), "<Unassigned>", defaults.callNoteCategory());
    RentManagerPropertySystem custom = Fixtures.propertySystem(
        Fixtures.client(Fixtures.settings(fake).withIssueNames(names), 1000));

    custom.createWorkOrder(WorkOrders.leak("r1"), "key-1");

    ObjectNode issue = newIssues().get(0);
    assertThat(issue.path("CategoryID").asLong()).isEqualTo(17);
    assertThat(issue.path("PriorityID").asLong()).isEqualTo(1);
    assertThat(issue.path("StatusID").asLong()).isEqualTo(1);
  }

  @Test
  void givenCategoryTheDatabaseLacks_createWorkOrder_filesUnderTheDefaultCategory() {
    system.createWorkOrder(WorkOrders.request("r1", "pest control", Priority.NORMAL, "Ants in the kitchen"), "k");

    assertThat(newIssues().get(0).path("CategoryID").asLong()).isEqualTo(5); // General
  }

  @Test
  void givenStatusNameNotInTheDatabase_createWorkOrder_failsAsInvalidRequestAndFilesNothing() {
    RentManagerSettings.IssueNames d = RentManagerSettings.IssueNames.defaults();
    RentManagerSettings.IssueNames names = new RentManagerSettings.IssueNames(d.categories(), d.defaultCategory(),
        d.priorities(), "Open", d.callNoteCategory());
    RentManagerPropertySystem misconfigured = Fixtures.propertySystem(
        Fixtures.client(Fixtures.settings(fake).withIssueNames(names), 1000));

    assertThatThrownBy(() -> misconfigured.createWorkOrder(WorkOrders.leak("r1"), "key-1"))
        .isInstanceOfSatisfying(PortException.class, e -> {
          assertThat(e.kind()).isEqualTo(FailureKind.INVALID_REQUEST);
          assertThat(e.getMessage()).contains("'Open'");
        });
    assertThat(newIssues()).isEmpty();
  }

  @Test
  void givenSameKeyTwice_createWorkOrder_filesOnceAndReturnsTheSameId() {
    String first = system.createWorkOrder(WorkOrders.leak("r1"), "key-1");
    String second = system.createWorkOrder(WorkOrders.leak("r1"), "key-1");

    assertThat(second).isEqualTo(first);
    assertThat(newIssues()).hasSize(1);
  }

  @Test
  void givenReplyLostAfterRentManagerSavedTheIssue_createWorkOrder_findsItInsteadOfFilingAgain() {
    RentManagerPropertySystem impatient = Fixtures.propertySystem(Fixtures.impatientClient(fake));
    fake.faults().inject("POST", "/ServiceManagerIssues",
        new RentManagerFault.AcceptThenStall(java.time.Duration.ofMillis(1200)));

    String id = impatient.createWorkOrder(WorkOrders.leak("r1"), "key-1");

    assertThat(newIssues()).extracting(i -> i.path("ServiceManagerIssueID").asText()).containsExactly(id);
    assertThat(fake.requests()).filteredOn(r -> r.is("POST", "/ServiceManagerIssues")).hasSize(1);
  }

  @Test
  void givenCallNoteForTenant_addCallNote_writesOnePhoneCallHistoryNoteEvenWhenRetried() {
    Effect.CallNote note = new Effect.CallNote(new CallId("c_9"), Optional.of("T1001"), "Asked about the pool.");
    fake.faults().inject("POST", "/Tenants/HistoryNotes", new RentManagerFault.Status(503));

    system.addCallNote(note, "note-1");
    system.addCallNote(note, "note-1");

    List<ObjectNode> notes = fake.data().where("HistoryNotes", "ParentID", 1001).stream()
        .filter(n -> n.path("Note").asText().contains("Asked about the pool.")).toList();
    assertThat(notes).hasSize(1);
    assertThat(notes.get(0).path("HistoryCategoryID").asLong()).isEqualTo(2); // Phone Call
  }

  @Test
  void givenCallNoteWithoutTenant_addCallNote_writesNothing() {
    system.addCallNote(new Effect.CallNote(new CallId("c_9"), Optional.empty(), "Wrong number."), "note-1");

    assertThat(fake.requests()).noneMatch(r -> r.method().equals("POST"));
  }

  @Test
  void givenProspect_createProspect_createsItOnceWithPropertyAndPhoneContact() {
    Lead lead = new Lead(new CallId("c_7"), "Jo Park", Optional.of(new PhoneNumber("+12175550777")),
        Optional.of("U2014"), "Tour of unit #3");
    fake.faults().inject("POST", "/Contacts", new RentManagerFault.Status(503));

    system.createProspect(lead, "lead-1");
    system.createProspect(lead, "lead-1");

    List<ObjectNode> created = fake.data().all("Prospects").stream()
        .filter(p -> p.path("LastName").asText().equals("Park")).toList();
    assertThat(created).hasSize(1);
    assertThat(created.get(0).path("PropertyID").asLong()).isEqualTo(11);
    assertThat(created.get(0).path("Comment").asText()).contains("Tour of unit #3");
    List<ObjectNode> contacts = fake.data().where("Contacts", "ParentID",
        created.get(0).path("ProspectID").asLong());
    assertThat(contacts).hasSize(1);
    assertThat(contacts.get(0).path("ParentType").asText()).isEqualTo("Prospect");
    assertThat(contacts.get(0).path("PhoneNumbers").get(0).path("StrippedPhoneNumber").asText())
        .isEqualTo("2175550777");
  }

  private List<ObjectNode> newIssues() {
    return fake.issues().stream().filter(i -> i.path("ServiceManagerIssueID").asLong() != 5001).toList();
  }
}
