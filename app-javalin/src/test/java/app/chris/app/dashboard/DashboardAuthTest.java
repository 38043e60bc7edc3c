package app.chris.app.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import app.chris.core.port.KnowledgeFact;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Sign-in, sessions and cookies, rate limiting, CSRF and Origin checks, over plain HTTP (no browser). */
class DashboardAuthTest {
  private final DashboardFixture fixture = new DashboardFixture();
  private final WebClient browser = new WebClient(fixture);

  @AfterEach
  void stop() {
    fixture.close();
  }

  @Test
  void givenNoSession_aDashboardPage_redirectsToTheLoginAndNoTenantDataIsShown() {
    HttpResponse<String> page = browser.get("/dashboard/portfolio");

    assertThat(page.statusCode()).isEqualTo(303);
    assertThat(page.headers().firstValue("Location")).contains("/login?next=%2Fdashboard%2Fportfolio");
    assertThat(page.body()).doesNotContain("Ruiz");
  }

  @Test
  void givenTheFirstAdminFromTheEnvironment_login_setsAStrictHttpOnlyCookieAndOpensTheDashboard() {
    HttpResponse<String> login = browser.login("Pat", DashboardFixture.PASSWORD);

    assertThat(login.statusCode()).isEqualTo(303);
    String cookie = login.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("chris_session="))
        .findFirst().orElseThrow();
    assertThat(cookie).contains("HttpOnly").contains("SameSite=Strict").doesNotContain("Secure");
    HttpResponse<String> portfolio = browser.get("/dashboard/portfolio");
    assertThat(portfolio.statusCode()).isEqualTo(200);
    assertThat(portfolio.body()).contains("Ruiz").contains("pat");
    assertThat(portfolio.headers().firstValue("Content-Security-Policy").orElse("")).contains("script-src 'self'");
    assertThat(fixture.users.find("pat").orElseThrow().passwordHash()).startsWith("pbkdf2$")
        .doesNotContain(DashboardFixture.PASSWORD);
  }

  @Test
  void givenAnHttpsPublicUrl_theSessionCookieIsSecure() {
    try (DashboardFixture https = new DashboardFixture(Map.of("PUBLIC_BASE_URL", "https://chris.example.test"))) {
      WebClient client = new WebClient(https);
      HttpResponse<String> form = client.get("/login");
      String token = form.headers().firstValue("Set-Cookie").orElseThrow().replaceAll("^chris_login=([^;]*);.*", "$1");
      HttpResponse<String> login = client.send(java.net.http.HttpRequest.newBuilder(
              java.net.URI.create(https.url("/login")))
          .header("Content-Type", "application/x-www-form-urlencoded").header("Origin", "https://chris.example.test")
          .header("Cookie", "chris_login=" + token)
          .POST(java.net.http.HttpRequest.BodyPublishers.ofString("user=pat&password=correct+horse+battery&_csrf="
              + token)));

      assertThat(form.headers().allValues("Set-Cookie")).allMatch(c -> c.contains("Secure"));
      assertThat(login.statusCode()).isEqualTo(303);
      assertThat(login.headers().allValues("Set-Cookie")).anyMatch(c -> c.startsWith("chris_session=")
          && c.contains("Secure") && c.contains("HttpOnly") && c.contains("SameSite=Strict"));
    }
  }

  @Test
  void givenTheAdminToken_adminCanSignIn() {
    assertThat(browser.login("admin", DashboardFixture.TOKEN).statusCode()).isEqualTo(303);
    assertThat(browser.get("/dashboard").statusCode()).isEqualTo(200);
  }

  @Test
  void givenRepeatedWrongPasswords_theAddressIsLockedOutEvenForTheRightOne() {
    for (int i = 0; i < 5; i++) {
      assertThat(browser.login("pat", "wrong " + i).statusCode()).isEqualTo(401);
    }
    HttpResponse<String> locked = browser.login("pat", DashboardFixture.PASSWORD);

    assertThat(locked.statusCode()).isEqualTo(429);
    assertThat(browser.get("/dashboard").statusCode()).isEqualTo(303);
  }

  @Test
  void givenALoginPostWithoutTheFormToken_itIsRefused() {
    HttpResponse<String> forged = browser.post("/login", Map.of("user", "pat", "password", DashboardFixture.PASSWORD));

    assertThat(forged.statusCode()).isEqualTo(403);
    assertThat(browser.get("/dashboard").statusCode()).isEqualTo(303);
  }

  @Test
  void givenAFormPostWithoutTheCsrfToken_itIsRefusedWith403AndNothingChanges() {
    browser.login("pat", DashboardFixture.PASSWORD);

    HttpResponse<String> forged = browser.post("/dashboard/knowledge", Map.of("text", "Rent is now free."));
    HttpResponse<String> wrong = browser.post("/dashboard/knowledge", Map.of("text", "Rent is free.", "_csrf", "x"));

    assertThat(forged.statusCode()).isEqualTo(403);
    assertThat(forged.body()).contains("security token");
    assertThat(wrong.statusCode()).isEqualTo(403);
    assertThat(fixture.knowledge.all()).isEmpty();
  }

  @Test
  void givenTheCsrfTokenButAnotherOrigin_aFormPostIsRefused() {
    browser.login("pat", DashboardFixture.PASSWORD);
    String csrf = browser.csrf();
    browser.origin = "https://evil.example";

    HttpResponse<String> post = browser.post("/dashboard/knowledge",
        Map.of("text", "Gate code is 1234.", "_csrf", csrf));

    assertThat(post.statusCode()).isEqualTo(403);
    assertThat(fixture.knowledge.all()).isEmpty();
  }

  @Test
  void givenTheCsrfToken_anAdminTeachesAFactInTheirOwnName() {
    browser.login("pat", DashboardFixture.PASSWORD);

    HttpResponse<String> post = browser.post("/dashboard/knowledge", Map.of("text", "The gym reopens on Monday.",
        "propertyId", "P100", "_csrf", browser.csrf()));

    assertThat(post.statusCode()).isEqualTo(303);
    KnowledgeFact fact = fixture.knowledge.all().get(0);
    assertThat(fact.text()).isEqualTo("The gym reopens on Monday.");
    assertThat(fact.createdBy()).isEqualTo("pat");
    assertThat(fact.propertyId()).contains("P100");
    assertThat(browser.get("/dashboard/knowledge").body()).contains("The gym reopens on Monday.");
  }

  @Test
  void givenLogout_theSessionNoLongerOpensPages() {
    browser.login("pat", DashboardFixture.PASSWORD);
    String csrf = browser.csrf();

    assertThat(browser.post("/logout", Map.of("_csrf", csrf)).statusCode()).isEqualTo(303);
    assertThat(browser.get("/dashboard").statusCode()).isEqualTo(303);
  }

  @Test
  void givenASessionOlderThanItsLifetime_itHasEnded() {
    browser.login("pat", DashboardFixture.PASSWORD);
    fixture.clock.advance(Sessions.LIFETIME.plusMinutes(1));

    assertThat(browser.get("/dashboard").statusCode()).isEqualTo(303);
  }
}
