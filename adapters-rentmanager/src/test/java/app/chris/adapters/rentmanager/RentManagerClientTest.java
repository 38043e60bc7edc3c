package app.chris.adapters.rentmanager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.chris.core.port.FailureKind;
import app.chris.core.port.PortException;
import app.chris.testkit.rentmanager.FakeRentManagerServer;
import app.chris.testkit.rentmanager.RecordedRentManagerRequest;
import app.chris.testkit.rentmanager.RentManagerFault;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RentManagerClientTest {
  private final FakeRentManagerServer fake = FakeRentManagerServer.start();

  @AfterEach
  void stop() {
    fake.close();
  }

  @Test
  void givenSixTenantsAndPagesOfTwo_list_followsLinksAcrossThreePages() {
    RentManagerClient client = Fixtures.client(Fixtures.settings(fake), 2);

    List<JsonNode> tenants = client.list("/Tenants", RentManagerQuery.embeds("Leases"));

    assertThat(tenants).extracting(t -> t.path("TenantID").asLong())
        .containsExactly(1001L, 1002L, 1003L, 1004L, 1005L, 1006L);
    assertThat(tenants).allSatisfy(t -> assertThat(t.has("Leases")).isTrue());
    assertThat(gets("/Tenants")).extracting(r -> r.query().get("pagenumber")).containsExactly("1", "2", "3");
  }

  @Test
  void givenBomPrefixedBodies_loginAndReads_parse() {
    fake.faults().bom(true);
    RentManagerClient client = Fixtures.client(fake);

    assertThat(client.list("/Properties", RentManagerQuery.NONE)).hasSize(5);
    assertThat(client.get("/Tenants/1002", RentManagerQuery.NONE).orElseThrow().path("LastName").asText())
        .isEqualTo("Cho");
  }

  @Test
  void givenNoMatch_filteredListAndMissingInstance_areEmpty() {
    RentManagerClient client = Fixtures.client(fake);

    assertThat(client.list("/Tenants", RentManagerQuery.NONE.filter("LastName", "eq", "Nobody"))).isEmpty();
    assertThat(client.get("/Tenants/9999", RentManagerQuery.NONE)).isEmpty();
  }

  @Test
  void givenValueWithCommaAndSemicolon_filter_matchesItWhole() {
    fake.data().add("Properties", new ObjectMapper().createObjectNode().put("PropertyID", 16)
        .put("Name", "Smith, Jones; Lofts").put("IsActive", true));
    RentManagerClient client = Fixtures.client(fake);

    List<JsonNode> found = client.list("/Properties",
        RentManagerQuery.NONE.filter("Name", "eq", "Smith, Jones; Lofts"));

    assertThat(found).extracting(p -> p.path("PropertyID").asLong()).containsExactly(16L);
  }

  @Test
  void givenRateLimit_read_waitsForTheResetAndSucceeds() {
    fake.faults().inject("GET", "/Units", new RentManagerFault.RateLimited(Duration.ZERO));
    RentManagerClient client = Fixtures.client(fake);

    assertThat(client.list("/Units", RentManagerQuery.NONE)).hasSize(10);
    assertThat(gets("/Units")).hasSize(2);
  }

  @Test
  void givenResetLongerThanWeWillWait_read_failsRateLimitedWithTheWait() {
    fake.faults().inject("GET", "/Units", new RentManagerFault.RateLimited(Duration.ofMinutes(10)));
    RentManagerClient client = Fixtures.client(fake);

    assertThatThrownBy(() -> client.list("/Units", RentManagerQuery.NONE))
        .isInstanceOfSatisfying(PortException.class, e -> {
          assertThat(e.kind()).isEqualTo(FailureKind.RATE_LIMITED);
          assertThat(e.retryAfter()).hasValueSatisfying(d -> assertThat(d).isGreaterThan(Duration.ofMinutes(9)));
        });
  }

  @Test
  void givenServerErrorsAndADroppedConnection_read_retriesAndSucceeds() {
    fake.faults().inject(2, "GET", "/Units", new RentManagerFault.Status(503))
        .inject("GET", "/Units", new RentManagerFault.Reset());
    RentManagerClient client = Fixtures.client(fake);

    assertThat(client.list("/Units", RentManagerQuery.NONE)).hasSize(10);
    assertThat(gets("/Units")).hasSize(4);
  }

  @Test
  void givenServerErrorOnAWrite_post_isNotReplayedBlindly() {
    fake.faults().inject("POST", "/Contacts", new RentManagerFault.Status(503));
    RentManagerClient client = Fixtures.client(fake);

    assertThatThrownBy(() -> client.post("/Contacts", List.of()))
        .isInstanceOfSatisfying(PortException.class, e -> assertThat(e.kind()).isEqualTo(FailureKind.UNAVAILABLE));
    assertThat(fake.requests()).filteredOn(r -> r.is("POST", "/Contacts")).hasSize(1);
  }

  @Test
  void givenUnknownEmbed_read_failsAsInvalidRequestWithTheServersReason() {
    RentManagerClient client = Fixtures.client(fake);

    assertThatThrownBy(() -> client.list("/Tenants", RentManagerQuery.embeds("Pets")))
        .isInstanceOfSatisfying(PortException.class, e -> {
          assertThat(e.kind()).isEqualTo(FailureKind.INVALID_REQUEST);
          assertThat(e.getMessage()).contains("Invalid embed: Pets");
        });
  }

  private List<RecordedRentManagerRequest> gets(String path) {
    return fake.requests().stream().filter(r -> r.is("GET", path)).toList();
  }
}
