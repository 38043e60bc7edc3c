package app.chris.app.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import app.chris.core.port.DashboardRole;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Admins add users; viewers see every page but change nothing; a session also opens the HTTP API. */
class DashboardRolesTest {
  private static final String VIEWER_PASSWORD = "viewer password 1";
  private final DashboardFixture fixture = new DashboardFixture();
  private final WebClient admin = new WebClient(fixture);
  private final WebClient viewer = new WebClient(fixture);

  @AfterEach
  void stop() {
    fixture.close();
  }

  private void addViewer() {
    admin.login("pat", DashboardFixture.PASSWORD);
    HttpResponse<String> added = admin.post("/dashboard/users", Map.of("name", "Alex", "password", VIEWER_PASSWORD,
        "role", "viewer", "_csrf", admin.csrf()));
    assertThat(added.statusCode()).isEqualTo(303);
    viewer.login("alex", VIEWER_PASSWORD);
  }

  @Test
  void givenAnAdmin_addingAViewerStoresAHashedAccountCreatedByThatAdmin() {
    addViewer();

    var alex = fixture.users.find("alex").orElseThrow();
    assertThat(alex.role()).isEqualTo(DashboardRole.VIEWER);
    assertThat(alex.createdBy()).isEqualTo("pat");
    assertThat(alex.passwordHash()).doesNotContain(VIEWER_PASSWORD);
    assertThat(admin.get("/dashboard/users").body()).contains("alex");
  }

  @Test
  void givenAShortPasswordOrTakenName_addingAUserIsRefusedWithTheReason() {
    admin.login("pat", DashboardFixture.PASSWORD);
    String csrf = admin.csrf();

    HttpResponse<String> shortPassword = admin.post("/dashboard/users", Map.of("name", "sam", "password", "short",
        "role", "admin", "_csrf", csrf));
    HttpResponse<String> taken = admin.post("/dashboard/users", Map.of("name", "PAT", "password", "long enough pass",
        "role", "viewer", "_csrf", csrf));

    assertThat(shortPassword.statusCode()).isEqualTo(422);
    assertThat(shortPassword.body()).contains("at least 10 characters");
    assertThat(taken.statusCode()).isEqualTo(422);
    assertThat(taken.body()).contains("already a user called PAT");
    assertThat(fixture.users.all()).extracting(u -> u.name()).containsExactly("pat");
  }

  @Test
  void givenAViewer_everyPageOpensButNoChangeIsAllowed() {
    addViewer();
    for (String page : new String[] {"/dashboard", "/dashboard/calls", "/dashboard/analytics",
        "/dashboard/knowledge", "/dashboard/portfolio", "/dashboard/console", "/dashboard/health"}) {
      assertThat(viewer.get(page).statusCode()).as(page).isEqualTo(200);
    }
    String csrf = viewer.csrf();

    assertThat(viewer.get("/dashboard/knowledge").body()).doesNotContain("id=\"add-fact\"");
    assertThat(viewer.post("/dashboard/knowledge", Map.of("text", "Pets are free.", "_csrf", csrf)).statusCode())
        .isEqualTo(403);
    assertThat(viewer.post("/dashboard/console/calls", Map.of("_csrf", csrf)).statusCode()).isEqualTo(403);
    assertThat(viewer.get("/dashboard/users").statusCode()).isEqualTo(403);
    assertThat(fixture.knowledge.all()).isEmpty();
    assertThat(fixture.context.testCalls().liveCount()).isZero();
  }

  @Test
  void givenAnAdmin_removingAUserEndsTheirSessions() {
    addViewer();

    HttpResponse<String> removed = admin.post("/dashboard/users/alex/remove", Map.of("_csrf", admin.csrf()));

    assertThat(removed.statusCode()).isEqualTo(303);
    assertThat(viewer.get("/dashboard").statusCode()).isEqualTo(303);
    assertThat(admin.post("/dashboard/users/pat/remove", Map.of("_csrf", admin.csrf())).statusCode()).isEqualTo(403);
  }

  @Test
  void givenASession_theApiReadsForAnyoneAndChangesOnlyForAnAdminWithTheCsrfHeader() {
    addViewer();

    assertThat(viewer.get("/api/calls").statusCode()).isEqualTo(200);
    assertThat(api(viewer, viewer.csrf()).statusCode()).isEqualTo(401);
    assertThat(api(admin, "wrong").statusCode()).isEqualTo(401);
    assertThat(api(admin, admin.csrf()).statusCode()).isEqualTo(201);
    assertThat(new WebClient(fixture).get("/api/calls").statusCode()).as("no session, no token").isEqualTo(401);
    assertThat(new WebClient(fixture).send(HttpRequest.newBuilder(URI.create(fixture.url("/api/calls")))
        .header("Authorization", "Bearer " + DashboardFixture.TOKEN)).statusCode()).as("token").isEqualTo(200);
  }

  private HttpResponse<String> api(WebClient client, String csrf) {
    return client.send(HttpRequest.newBuilder(URI.create(fixture.url("/api/test-calls")))
        .header("X-CSRF-Token", csrf).header("Origin", fixture.server.baseUrl())
        .POST(HttpRequest.BodyPublishers.ofString("{}")));
  }
}
