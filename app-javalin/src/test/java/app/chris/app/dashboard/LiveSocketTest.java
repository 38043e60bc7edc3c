package app.chris.app.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The live socket opens only for a signed-in browser on this origin, and pushes calls as they happen. */
class LiveSocketTest {
  private final DashboardFixture fixture = new DashboardFixture();
  private final WebClient browser = new WebClient(fixture);
  private final List<String> received = new CopyOnWriteArrayList<>();

  @AfterEach
  void stop() {
    fixture.close();
  }

  @Test
  void givenASignedInBrowserOnThisOrigin_theSocketReplaysThenPushesANewCall() throws Exception {
    browser.login("pat", DashboardFixture.PASSWORD);
    WebSocket socket = open(fixture.server.baseUrl(), browser.cookieHeader());

    awaitReceived("\"kind\":\"ready\"");
    fixture.context.testCalls().start(app.chris.core.port.PhoneNumber.parse("+12175550101"), Optional.empty());

    awaitReceived("\"kind\":\"call_started\"");
    awaitReceived("\"kind\":\"chris_said\"");
    assertThat(received).anyMatch(m -> m.contains("+12175550101"));
    socket.abort();
  }

  @Test
  void givenAnotherOrigin_theUpgradeIsRefusedEvenWithASession() {
    browser.login("pat", DashboardFixture.PASSWORD);

    assertThatThrownBy(() -> open("https://evil.example", browser.cookieHeader()))
        .hasRootCauseMessage("Unexpected HTTP response status code 403");
  }

  @Test
  void givenNoSession_theUpgradeIsRefused() {
    assertThatThrownBy(() -> open(fixture.server.baseUrl(), "chris_session=guessed"))
        .hasRootCauseMessage("Unexpected HTTP response status code 401");
  }

  private WebSocket open(String origin, String cookie) throws Exception {
    return HttpClient.newHttpClient().newWebSocketBuilder().header("Origin", origin).header("Cookie", cookie)
        .buildAsync(URI.create("ws://localhost:" + fixture.server.port() + LiveSocket.PATH), new Collector())
        .get(10, TimeUnit.SECONDS);
  }

  private void awaitReceived(String fragment) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (received.stream().noneMatch(m -> m.contains(fragment)) && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    assertThat(received).as("a message with %s", fragment).anyMatch(m -> m.contains(fragment));
  }

  private final class Collector implements WebSocket.Listener {
    private final StringBuilder partial = new StringBuilder();

    @Override
    public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
      partial.append(data);
      if (last) {
        received.add(partial.toString());
        partial.setLength(0);
      }
      socket.request(1);
      return null;
    }
  }
}
