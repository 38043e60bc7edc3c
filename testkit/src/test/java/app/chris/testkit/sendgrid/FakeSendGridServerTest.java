package app.chris.testkit.sendgrid;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class FakeSendGridServerTest {
  private static final String KEY = "SG.fake";
  private static final String VALID = "{\"personalizations\":[{\"to\":[{\"email\":\"a@x.test\"}]}],"
      + "\"from\":{\"email\":\"chris@x.test\"},\"subject\":\"Hi\","
      + "\"content\":[{\"type\":\"text/plain\",\"value\":\"hi\"},{\"type\":\"text/html\",\"value\":\"<p>hi</p>\"}],"
      + "\"custom_args\":{\"idempotency_key\":\"k1\"}}";
  private final FakeSendGridServer server = FakeSendGridServer.start(KEY);
  private final HttpClient http = HttpClient.newHttpClient();

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void givenValidMail_post_answers202WithMessageIdAndRecordsIt() throws Exception {
    HttpResponse<String> response = post("/v3/mail/send", KEY, VALID);

    assertThat(response.statusCode()).isEqualTo(202);
    assertThat(response.body()).isEmpty();
    assertThat(response.headers().firstValue("X-Message-Id")).contains("fake-1");
    ReceivedMail mail = server.received().get(0);
    assertThat(mail.subject()).isEqualTo("Hi");
    assertThat(mail.customArg("idempotency_key")).contains("k1");
    assertThat(mail.html()).isEqualTo("<p>hi</p>");
  }

  @Test
  void givenHtmlBeforePlainText_post_rejectsLikeSendGrid() throws Exception {
    String htmlFirst = VALID.replace("\"content\":[{\"type\":\"text/plain\",\"value\":\"hi\"},",
        "\"content\":[").replace("\"<p>hi</p>\"}]", "\"<p>hi</p>\"},{\"type\":\"text/plain\",\"value\":\"hi\"}]");

    HttpResponse<String> response = post("/v3/mail/send", KEY, htmlFirst);

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains("\"field\":\"content\"", "RFC 1341");
    assertThat(server.received()).isEmpty();
  }

  @Test
  void givenMissingRecipients_post_rejectsWithTheFieldNamed() throws Exception {
    HttpResponse<String> response = post("/v3/mail/send", KEY, VALID.replace("{\"email\":\"a@x.test\"}", ""));

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains("\"field\":\"personalizations.0.to\"");
  }

  @Test
  void givenWrongKey_post_answers401() throws Exception {
    assertThat(post("/v3/mail/send", "SG.other", VALID).statusCode()).isEqualTo(401);
    assertThat(server.received()).isEmpty();
  }

  @Test
  void givenScriptedReplies_post_answersThemInOrderThenAcceptsAgain() throws Exception {
    server.enqueue(SendGridReply.rateLimited(Instant.ofEpochSecond(1_900_000_000)));
    server.enqueue(SendGridReply.serverError());

    HttpResponse<String> limited = post("/v3/mail/send", KEY, VALID);
    HttpResponse<String> failed = post("/v3/mail/send", KEY, VALID);
    HttpResponse<String> accepted = post("/v3/mail/send", KEY, VALID);

    assertThat(limited.statusCode()).isEqualTo(429);
    assertThat(limited.headers().firstValue("X-RateLimit-Reset")).contains("1900000000");
    assertThat(limited.body()).startsWith("{\"errors\":[{\"message\":\"too many requests\"");
    assertThat(failed.statusCode()).isEqualTo(500);
    assertThat(accepted.statusCode()).isEqualTo(202);
    assertThat(server.received()).hasSize(1);
    assertThat(server.requestCount()).isEqualTo(3);
  }

  @Test
  void givenSandboxMode_post_validatesWithoutDelivering() throws Exception {
    String sandbox = VALID.replace("\"subject\":\"Hi\",",
        "\"subject\":\"Hi\",\"mail_settings\":{\"sandbox_mode\":{\"enable\":true}},");

    assertThat(post("/v3/mail/send", KEY, sandbox).statusCode()).isEqualTo(200);
    assertThat(server.received()).isEmpty();
  }

  @Test
  void givenOtherPath_post_answers404() throws Exception {
    assertThat(post("/v3/mail/batch", KEY, VALID).statusCode()).isEqualTo(404);
  }

  private HttpResponse<String> post(String path, String key, String body) throws IOException, InterruptedException {
    HttpRequest request = HttpRequest.newBuilder(URI.create(server.baseUri() + path))
        .header("Authorization", "Bearer " + key)
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body))
        .build();
    return http.send(request, HttpResponse.BodyHandlers.ofString());
  }
}
