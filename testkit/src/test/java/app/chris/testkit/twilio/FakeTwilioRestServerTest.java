package app.chris.testkit.twilio;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The fake speaks Twilio's Calls update endpoint over plain HTTP, so any client can be tested against it. */
class FakeTwilioRestServerTest {
  private static final String ACCOUNT = "AC123";
  private final FakeTwilioRestServer fake = FakeTwilioRestServer.start(ACCOUNT, "secret");
  private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  @AfterEach
  void stop() {
    fake.close();
  }

  @Test
  void givenAuthenticatedUpdate_fakeRecordsItAndAnswersWithTheCall() throws Exception {
    HttpResponse<String> response = post("/2010-04-01/Accounts/AC123/Calls/CA9.json", "secret",
        "Twiml=%3CResponse%2F%3E");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).contains("\"sid\":\"CA9\"");
    assertThat(fake.callUpdates()).singleElement().satisfies(u -> assertThat(u.twiml()).hasValue("<Response/>"));
  }

  @Test
  void givenWrongPassword_fakeAnswers401WithTwilioErrorShape() throws Exception {
    HttpResponse<String> response = post("/2010-04-01/Accounts/AC123/Calls/CA9.json", "nope", "Status=completed");
    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(response.body()).contains("\"code\":20003");
    assertThat(fake.callUpdates()).isEmpty();
  }

  @Test
  void givenCompletedCall_furtherUpdatesAreRefusedLikeTwilio() throws Exception {
    post("/2010-04-01/Accounts/AC123/Calls/CA9.json", "secret", "Status=completed");
    HttpResponse<String> again = post("/2010-04-01/Accounts/AC123/Calls/CA9.json", "secret", "Twiml=x");
    assertThat(again.statusCode()).isEqualTo(400);
    assertThat(again.body()).contains("21220");
  }

  private HttpResponse<String> post(String path, String password, String form) throws Exception {
    String auth = Base64.getEncoder().encodeToString((ACCOUNT + ":" + password).getBytes(StandardCharsets.UTF_8));
    HttpRequest request = HttpRequest.newBuilder(URI.create(fake.baseUrl() + path))
        .header("Authorization", "Basic " + auth)
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(form)).build();
    return http.send(request, HttpResponse.BodyHandlers.ofString());
  }
}
