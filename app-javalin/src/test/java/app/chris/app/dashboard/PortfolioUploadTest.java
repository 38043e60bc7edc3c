package app.chris.app.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Uploading a portfolio file: a valid one replaces the portfolio, a broken one is refused whole with the reason. */
class PortfolioUploadTest {
  private final DashboardFixture fixture = new DashboardFixture();
  private final WebClient admin = new WebClient(fixture);

  @AfterEach
  void stop() {
    fixture.close();
  }

  @Test
  void givenAValidFileLargerThanAnApiBody_itReplacesThePortfolio() throws IOException {
    admin.login("pat", DashboardFixture.PASSWORD);
    String renamed = demo().replace("Lakeside Property Management", "Harbor Homes")
        .replaceFirst("\\{", "{\"notes\": \"" + "x".repeat(300_000) + "\",");

    HttpResponse<String> upload = upload(renamed);

    assertThat(upload.statusCode()).isEqualTo(303);
    assertThat(fixture.portfolio.company().name()).isEqualTo("Harbor Homes");
    assertThat(admin.get("/dashboard/portfolio?notice=imported").body()).contains("Harbor Homes")
        .contains("Portfolio imported");
  }

  @Test
  void givenAFileWithABadField_itIsRefusedWholeNamingTheFieldAndNothingChanges() throws IOException {
    admin.login("pat", DashboardFixture.PASSWORD);
    long before = fixture.portfolio.version();
    String broken = demo().replace("Lakeside Property Management", "Harbor Homes")
        .replaceFirst("\"unitId\": *\"U101\"", "\"unitId\": \"U999\"");

    HttpResponse<String> upload = upload(broken);

    assertThat(upload.statusCode()).isEqualTo(422);
    assertThat(upload.body()).contains("Refused, nothing was imported").contains("/tenants/0/unitId");
    assertThat(fixture.portfolio.company().name()).isEqualTo("Lakeside Property Management");
    assertThat(fixture.portfolio.version()).isEqualTo(before);
  }

  @Test
  void givenNotJson_itIsRefusedWithTheReason() {
    admin.login("pat", DashboardFixture.PASSWORD);

    HttpResponse<String> upload = upload("this is not a portfolio");

    assertThat(upload.statusCode()).isEqualTo(422);
    assertThat(upload.body()).contains("not valid JSON");
  }

  private HttpResponse<String> upload(String content) {
    String boundary = "----chris" + System.nanoTime();
    String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + admin.csrf()
        + "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"portfolio\"; filename=\"p.json\"\r\n"
        + "Content-Type: application/json\r\n\r\n" + content + "\r\n--" + boundary + "--\r\n";
    return admin.send(HttpRequest.newBuilder(URI.create(fixture.url("/dashboard/portfolio")))
        .header("Content-Type", "multipart/form-data; boundary=" + boundary).header("Origin", admin.origin)
        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
  }

  private static String demo() throws IOException {
    try (var in = app.chris.adapters.jdbi.PortfolioJson.class.getResourceAsStream("demo-portfolio.json")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
