package app.chris.app;

import static org.assertj.core.api.Assertions.assertThat;

import app.chris.core.port.CallId;
import app.chris.core.port.NewServiceRequest;
import app.chris.core.port.Priority;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RecordsApiTest {
  private final ApiFixture api = new ApiFixture();

  @AfterEach
  void stop() {
    api.close();
  }

  @Test
  void givenFiledRequest_serviceRequests_listsItInContractShape() {
    api.serviceDesk.file(new NewServiceRequest("k1", new CallId("c_1"), Optional.of("P100"), Optional.of("U101"),
        Optional.empty(), "plumbing", Priority.NORMAL, "kitchen faucet drips", true, true));

    List<Map<String, Object>> requests = ApiFixture.objects(api.get("/api/service-requests?limit=10").json());

    assertThat(requests).hasSize(1);
    assertThat(requests.get(0)).containsEntry("callId", "c_1").containsEntry("propertyId", "P100")
        .containsEntry("unitId", "U101").containsEntry("tenantId", null).containsEntry("priority", "normal")
        .containsEntry("category", "plumbing").containsEntry("addressVerified", true)
        .containsEntry("permissionToEnter", true).containsKeys("id", "status", "createdAt", "description");
  }

  @Test
  void givenTwoCalls_calls_listsNewestFirstUpToLimit() {
    String first = (String) api.post("/api/test-calls", "{}").object().get("callId");
    api.clock.advance(java.time.Duration.ofSeconds(5));
    String second = (String) api.post("/api/test-calls", "{}").object().get("callId");

    List<Map<String, Object>> calls = ApiFixture.objects(api.get("/api/calls?limit=1").json());

    assertThat(calls).extracting(c -> c.get("callId")).containsExactly(second);
    assertThat(api.get("/api/calls/" + first).status()).isEqualTo(200);
  }

  @Test
  void givenUnknownCall_get_is404() {
    ApiFixture.Response response = api.get("/api/calls/c_unknown");

    assertThat(response.status()).isEqualTo(404);
    assertThat(response.object()).containsEntry("error", "unknown_call");
  }

  @Test
  void givenDashboardFact_knowledge_showsItAndPatchRetiresIt() {
    ApiFixture.Response added = api.post("/api/knowledge", "{\"text\": \"The gym is closed Monday.\", \"propertyId\": \"P100\"}");
    assertThat(added.status()).isEqualTo(201);
    String id = (String) added.object().get("id");

    List<Map<String, Object>> facts = ApiFixture.objects(api.get("/api/knowledge").json());
    assertThat(facts).anySatisfy(f -> assertThat(f).containsEntry("id", id).containsEntry("source", "dashboard")
        .containsEntry("propertyId", "P100").containsEntry("active", true).containsKeys("createdBy", "createdAt"));

    ApiFixture.Response retired = api.send("PATCH", "/api/knowledge/" + id, "{\"active\": false}", ApiFixture.TOKEN);
    assertThat(retired.object()).containsEntry("active", false);
  }

  @Test
  void givenFactWithoutText_post_is400() {
    ApiFixture.Response response = api.post("/api/knowledge", "{\"propertyId\": \"P100\"}");

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.object()).containsEntry("error", "missing_field");
  }
}
