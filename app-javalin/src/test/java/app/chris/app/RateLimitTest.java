package app.chris.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Per-address limits on the public routes: a flood from one address is refused with 429, Retry-After and the JSON
 * error body while another address is still served; an oversized webhook body is refused with 413. The second
 * client binds its socket to 127.0.0.2 (all of 127/8 is loopback), so the server sees another address.
 */
class RateLimitTest {
  private static final int BURST = 5;
  private final ApiFixture api = new ApiFixture(Map.of("ADMIN_TOKEN", ApiFixture.TOKEN,
      "RATE_LIMIT_PER_MINUTE", "1", "RATE_LIMIT_BURST", Integer.toString(BURST), "LOGIN_RATE_LIMIT_PER_MINUTE", "3"));
  private final HttpClient http = HttpClient.newHttpClient();

  @AfterEach
  void stop() {
    api.close();
  }

  @Test
  void givenTokenGuessingOnTheApi_fromOneAddress_isRefusedWhileAnotherAddressIsServed() throws Exception {
    for (int i = 0; i < BURST; i++) {
      assertThat(send("127.0.0.1", "/api/calls", "guess-" + i).statusCode()).isEqualTo(401);
    }

    HttpResponse<String> refused = send("127.0.0.1", "/api/calls", "guess-again");

    assertThat(refused.statusCode()).isEqualTo(429);
    assertThat(refused.headers().firstValue("Retry-After")).hasValueSatisfying(s -> assertThat(Long.parseLong(s)).isPositive());
    assertThat(refused.body()).contains("\"error\":\"rate_limited\"").contains("\"message\"").doesNotContain("Exception");
    assertThat(rawStatus("127.0.0.2", "GET", "/api/calls", "")).as("another address").isEqualTo(401);
    assertThat(get("127.0.0.1", "/api/calls").statusCode()).as("the right token is never slowed").isEqualTo(200);
    assertThat(api.get("/metrics").body()).contains("chris_requests_rate_limited_total 1");
  }

  @Test
  void givenAnEvaluationSuiteWithTheToken_manyRequests_areAllServed() throws Exception {
    for (int i = 0; i < BURST * 4; i++) {
      assertThat(get("127.0.0.1", "/api/calls").statusCode()).isEqualTo(200);
    }
  }

  @Test
  void givenAWebhookFlood_fromOneAddress_isRefusedBeforeSignatureChecks() throws Exception {
    for (int i = 0; i < BURST; i++) {
      assertThat(post("127.0.0.1", "/twilio/voice", "CallSid=CA1").statusCode()).isEqualTo(403);
    }

    assertThat(post("127.0.0.1", "/twilio/voice", "CallSid=CA1").statusCode()).isEqualTo(429);
    assertThat(rawStatus("127.0.0.2", "POST", "/twilio/voice", "CallSid=CA1")).isEqualTo(403);
  }

  @Test
  void givenAFloodOfMediaUpgrades_fromOneAddress_isRefused() throws Exception {
    for (int i = 0; i < BURST; i++) {
      get("127.0.0.1", "/twilio/voice");
    }

    Throwable refused = null;
    try {
      http.newWebSocketBuilder().buildAsync(URI.create("ws://127.0.0.1:" + api.server.port() + "/twilio/media"),
          new WebSocket.Listener() {}).get(5, TimeUnit.SECONDS);
    } catch (java.util.concurrent.ExecutionException e) {
      refused = e.getCause();
    }

    assertThat(refused).isInstanceOf(java.net.http.WebSocketHandshakeException.class);
    assertThat(((java.net.http.WebSocketHandshakeException) refused).getResponse().statusCode()).isEqualTo(429);
  }

  @Test
  void givenAProxyHeader_clientsBehindOneProxyAreLimitedApart() throws Exception {
    try (ApiFixture proxied = new ApiFixture(Map.of("ADMIN_TOKEN", ApiFixture.TOKEN, "RATE_LIMIT_PER_MINUTE", "1",
        "RATE_LIMIT_BURST", "2", "CLIENT_ADDRESS_HEADER", "X-Forwarded-For"))) {
      int[] flooder = new int[3];
      for (int i = 0; i < flooder.length; i++) {
        flooder[i] = viaProxy(proxied, "spoofed, 203.0.113.7").statusCode();
      }

      assertThat(flooder).containsExactly(401, 401, 429);
      assertThat(viaProxy(proxied, "203.0.113.7, 198.51.100.2").statusCode()).isEqualTo(401);
    }
  }

  private HttpResponse<String> viaProxy(ApiFixture fixture, String forwardedFor) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create(fixture.server.baseUrl() + "/api/calls"))
        .header("Authorization", "Bearer wrong").header("X-Forwarded-For", forwardedFor).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void givenManySignInAttempts_fromOneAddress_theyAreRefused() throws Exception {
    int last = 0;
    for (int i = 0; i < 4; i++) {
      last = post("127.0.0.1", "/login", "username=x&password=y").statusCode();
    }

    assertThat(last).isEqualTo(429);
  }

  @Test
  void givenAnOversizedWebhookBody_is413WithTheErrorShape() throws Exception {
    HttpResponse<String> response = post("127.0.0.1", "/twilio/status", "CallSid=" + "A".repeat(200_000));

    assertThat(response.statusCode()).isEqualTo(413);
    assertThat(response.body()).contains("\"error\":\"body_too_large\"").doesNotContain("Exception");
  }

  /** One request (with a wrong token) from a socket bound to {@code from}; answers the status code. */
  private int rawStatus(String from, String method, String path, String form) throws IOException {
    try (Socket socket = new Socket()) {
      socket.bind(new InetSocketAddress(from, 0));
      socket.connect(new InetSocketAddress("127.0.0.1", api.server.port()), 5000);
      socket.setSoTimeout(5000);
      String request = method + " " + path + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer not-the-token"
          + "\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: " + form.length()
          + "\r\nConnection: close\r\n\r\n" + form;
      socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
      String statusLine = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII))
          .readLine();
      return Integer.parseInt(statusLine.split(" ")[1]);
    }
  }

  private HttpResponse<String> get(String host, String path) throws IOException, InterruptedException {
    return http.send(request(host, path).GET().build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> send(String host, String path, String token) throws IOException, InterruptedException {
    return http.send(HttpRequest.newBuilder(URI.create("http://" + host + ":" + api.server.port() + path))
        .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> post(String host, String path, String form) throws IOException, InterruptedException {
    return http.send(request(host, path).header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpRequest.Builder request(String host, String path) {
    return HttpRequest.newBuilder(URI.create("http://" + host + ":" + api.server.port() + path))
        .header("Authorization", "Bearer " + ApiFixture.TOKEN);
  }
}
