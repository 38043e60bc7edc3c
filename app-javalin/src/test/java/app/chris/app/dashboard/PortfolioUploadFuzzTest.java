package app.chris.app.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import app.chris.testkit.JsonMutations;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Broken portfolio uploads (wrong types, missing or duplicated entries, hostile text, broken multipart) are imported
 * or refused with the reason on the page: never a 500, never a stack trace, and the dashboard keeps working.
 */
class PortfolioUploadFuzzTest {
  private static DashboardFixture fixture;
  private static WebClient admin;
  private static JsonNode demo;

  @BeforeContainer
  static void start() throws IOException {
    fixture = new DashboardFixture(java.util.Map.of("RATE_LIMIT_PER_MINUTE", "0"));
    admin = new WebClient(fixture);
    admin.login("pat", DashboardFixture.PASSWORD);
    try (InputStream in = app.chris.adapters.jdbi.PortfolioJson.class.getResourceAsStream("demo-portfolio.json")) {
      demo = new ObjectMapper().readTree(in);
    }
  }

  @AfterContainer
  static void stop() {
    fixture.close();
  }

  @Property(tries = 120)
  void mutatedPortfolio_isImportedOrRefusedWithTheReason(@ForAll long seed, @ForAll @IntRange(min = 1, max = 3) int edits) {
    HttpResponse<String> upload = upload(part(JsonMutations.mutate(demo, seed, edits).toString()));

    assertThat(upload.statusCode()).as(upload.body()).isIn(303, 422);
    assertThat(upload.body()).doesNotContain("Exception", "at app.chris");
    assertThat(admin.get("/dashboard/portfolio").statusCode()).isEqualTo(200);
  }

  @Property(tries = 60)
  void brokenMultipart_isRefusedCleanly(@ForAll @StringLength(max = 200) String garbage) {
    HttpResponse<String> upload = upload("--" + BOUNDARY + "\r\n" + garbage);

    assertThat(upload.statusCode()).as(upload.body()).isBetween(400, 499);
    assertThat(upload.body()).doesNotContain("Exception", "at app.chris");
  }

  private static final String BOUNDARY = "----chrisfuzz";

  private static String part(String content) {
    return "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + admin.csrf()
        + "\r\n--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"portfolio\"; filename=\"p.json\"\r\n"
        + "Content-Type: application/json\r\n\r\n" + content + "\r\n--" + BOUNDARY + "--\r\n";
  }

  /** Once more on a fresh connection when Jetty closed the pooled one after refusing the previous body. */
  private static HttpResponse<String> upload(String body) {
    try {
      return send(body);
    } catch (IllegalStateException closedConnection) {
      return send(body);
    }
  }

  private static HttpResponse<String> send(String body) {
    return admin.send(HttpRequest.newBuilder(URI.create(fixture.url("/dashboard/portfolio")))
        .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY).header("Origin", admin.origin)
        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
  }
}
