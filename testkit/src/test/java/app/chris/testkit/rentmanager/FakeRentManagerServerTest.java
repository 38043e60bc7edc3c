package app.chris.testkit.rentmanager;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class FakeRentManagerServerTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final FakeRentManagerServer fake = FakeRentManagerServer.start();
  private final HttpClient http = HttpClient.newHttpClient();

  @AfterEach
  void stop() {
    fake.close();
  }

  @Test
  void givenDemoCredentials_login_returnsAQuotedTokenThatOpensTheApi() throws Exception {
    HttpResponse<String> login = login();
    String token = JSON.readTree(login.body()).asText();

    assertThat(login.statusCode()).isEqualTo(200);
    assertThat(login.body()).startsWith("\"").endsWith("\"");
    assertThat(get("/Properties", token).statusCode()).isEqualTo(200);
    assertThat(get("/Properties", "not-a-token").statusCode()).isEqualTo(401);
  }

  @Test
  void givenTenLiveTokens_eleventhLogin_isRefusedUntilTokensExpire() throws Exception {
    for (int i = 0; i < FakeTokens.MAX_TOKENS; i++) {
      assertThat(login().statusCode()).isEqualTo(200);
    }
    HttpResponse<String> eleventh = login();
    assertThat(eleventh.statusCode()).isEqualTo(401);
    assertThat(eleventh.body()).contains("maximum number of times");

    fake.tokens().expireAll();
    assertThat(login().statusCode()).isEqualTo(200);
  }

  @Test
  void givenSmallPages_list_answers206WithLinksAndTotal() throws Exception {
    String token = JSON.readTree(login().body()).asText();

    HttpResponse<String> page2 = get("/Tenants?pagesize=4&pagenumber=2", token);

    assertThat(page2.statusCode()).isEqualTo(206);
    assertThat(JSON.readTree(page2.body())).hasSize(2);
    assertThat(page2.headers().firstValue("X-Total-Results")).contains("6");
    assertThat(page2.headers().firstValue("Link").orElseThrow()).contains("rel=\"first\"", "rel=\"previous\"")
        .doesNotContain("rel=\"next\"");
  }

  @Test
  void givenFilterWithoutMatches_list_answers404AndEmbedsAreOptIn() throws Exception {
    String token = JSON.readTree(login().body()).asText();

    assertThat(get("/Tenants?filters=LastName,eq,Nobody", token).statusCode()).isEqualTo(404);
    JsonNode bare = JSON.readTree(get("/Tenants/1001", token).body());
    JsonNode embedded = JSON.readTree(get("/Tenants/1001?embeds=Contacts.PhoneNumbers,Contacts", token).body());
    assertThat(bare.has("Contacts")).isFalse();
    assertThat(embedded.path("Contacts").get(0).path("PhoneNumbers").get(0).path("StrippedPhoneNumber").asText())
        .isEqualTo("2175550101");
  }

  @Test
  void givenBomFault_bodies_startWithTheByteOrderMark() throws Exception {
    fake.faults().bom(true);

    HttpResponse<byte[]> reply = http.send(loginRequest(), HttpResponse.BodyHandlers.ofByteArray());

    assertThat(reply.body()).startsWith(0xEF, 0xBB, 0xBF);
    assertThat(new String(reply.body(), 3, reply.body().length - 3, StandardCharsets.UTF_8)).startsWith("\"");
  }

  private HttpResponse<String> login() throws Exception {
    return http.send(loginRequest(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpRequest loginRequest() {
    return HttpRequest.newBuilder(fake.baseUri().resolve("/Authentication/AuthorizeUser"))
        .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"demo\",\"password\":\"demo\"}")).build();
  }

  private HttpResponse<String> get(String pathAndQuery, String token) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create(fake.baseUri() + pathAndQuery))
        .header("X-RM12Api-ApiToken", token).GET().build(), HttpResponse.BodyHandlers.ofString());
  }
}
