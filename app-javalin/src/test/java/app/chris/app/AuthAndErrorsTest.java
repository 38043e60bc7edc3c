package app.chris.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AuthAndErrorsTest {
  private final ApiFixture api = new ApiFixture();

  @AfterEach
  void stop() {
    api.close();
  }

  @Test
  void givenNoToken_api_answers401Json() {
    ApiFixture.Response response = api.send("GET", "/api/calls", null, null);

    assertThat(response.status()).isEqualTo(401);
    assertThat(response.object()).containsEntry("error", "unauthorized").containsKey("message");
  }

  @Test
  void givenWrongToken_startingACall_isRefusedAndNothingIsLogged() {
    ApiFixture.Response response = api.send("POST", "/api/test-calls", "{}", "not-the-token");

    assertThat(response.status()).isEqualTo(401);
    assertThat(api.callLog.recent(10)).isEmpty();
  }

  @Test
  void givenMalformedJson_start_is400() {
    ApiFixture.Response response = api.post("/api/test-calls", "{\"from\": ");

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.object()).containsEntry("error", "malformed_json");
  }

  @Test
  void givenTurnWithoutTextOrDigits_is400MissingField() {
    String id = (String) api.post("/api/test-calls", "{}").object().get("callId");

    ApiFixture.Response response = api.post("/api/test-calls/" + id + "/turns", "{\"txt\": \"typo\"}");

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.object()).containsEntry("error", "missing_field");
  }

  @Test
  void givenInvalidCallerId_start_is400() {
    ApiFixture.Response response = api.post("/api/test-calls", "{\"from\": \"call me maybe\"}");

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.object()).containsEntry("error", "invalid_field");
  }

  @Test
  void givenHugeBody_is413Json() {
    String huge = "{\"text\": \"" + "a".repeat(200_000) + "\"}";

    ApiFixture.Response response = api.post("/api/test-calls", huge);

    assertThat(response.status()).isEqualTo(413);
    assertThat(response.object()).containsEntry("error", "body_too_large");
  }

  @Test
  void givenUnknownApiPath_is404Json() {
    ApiFixture.Response response = api.get("/api/nothing-here");

    assertThat(response.status()).isEqualTo(404);
    assertThat(response.object()).containsEntry("error", "not_found");
  }

  @Test
  void givenBadLimit_list_is400() {
    ApiFixture.Response response = api.get("/api/calls?limit=lots");

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.object()).containsEntry("error", "invalid_limit");
  }

  @Test
  void errorBodies_neverCarryAStackTrace() {
    ApiFixture.Response response = api.post("/api/test-calls", "[1, 2");

    assertThat(response.body()).doesNotContain("Exception").doesNotContain("at app.chris");
  }
}
