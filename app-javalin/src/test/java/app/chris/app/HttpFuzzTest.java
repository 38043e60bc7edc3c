package app.chris.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Malformed, mistyped, huge and hostile requests to the public HTTP surface get a 4xx with the contract's JSON
 * error body (or succeed), never a 500 or a stack trace; a call in progress survives every bad turn.
 */
class HttpFuzzTest {
  private static final List<String> FIELDS = List.of("from", "to", "text", "digits", "propertyId", "active");
  private static ApiFixture api;
  private static String liveCall;
  private final HttpClient http = HttpClient.newHttpClient();

  @BeforeContainer
  static void start() {
    api = new ApiFixture(Map.of("ADMIN_TOKEN", ApiFixture.TOKEN, "RATE_LIMIT_PER_MINUTE", "0"));
    liveCall = (String) api.post("/api/test-calls", "{}").object().get("callId");
  }

  @AfterContainer
  static void stop() {
    api.close();
  }

  @Property(tries = 300)
  void anyBody_toStartAndTurns_isAnsweredOrRefusedWithTheErrorShape(@ForAll("bodies") String body,
      @ForAll("paths") String path) throws Exception {
    send("POST", path, body, "application/json").ifPresent(response -> assertClean(response, 200, 201));
    assertThat(api.post("/api/test-calls/" + liveCall + "/turns", "{\"text\":\"hello?\"}").status())
        .as("the call in progress survives").isEqualTo(200);
  }

  @Property(tries = 300)
  void anyMethodPathAndBody_underTheApi_isAnsweredOrRefusedWithTheErrorShape(
      @ForAll("methods") String method, @ForAll("apiPaths") String path, @ForAll("bodies") String body) throws Exception {
    send(method, path, body, "application/json").ifPresent(response -> assertClean(response, 200, 201));
  }

  @Provide
  Arbitrary<String> methods() {
    return Arbitraries.of("GET", "POST", "PATCH", "DELETE", "PUT");
  }

  @Provide
  Arbitrary<String> apiPaths() {
    Arbitrary<String> id = Arbitraries.strings().alpha().numeric().withChars("_-.~").ofMaxLength(40);
    Arbitrary<String> limit = Arbitraries.of("", "?limit=0", "?limit=-1", "?limit=1", "?limit=99999999999",
        "?limit=abc", "?limit=", "?limit=1&limit=2", "?limit=1.5");
    return Arbitraries.oneOf(
        Arbitraries.of("/api/calls", "/api/service-requests", "/api/knowledge").flatMap(p -> limit.map(q -> p + q)),
        id.map(i -> "/api/calls/" + i), id.map(i -> "/api/knowledge/" + i), id.map(i -> "/api/test-calls/" + i),
        Arbitraries.of("/api/knowledge", "/api/test-calls", "/api/", "/api/calls/"));
  }

  @Property(tries = 200)
  void anyFormBody_toTheWebhooks_isRefusedCleanly(@ForAll("forms") String form,
      @ForAll("webhooks") String path) throws Exception {
    send("POST", path, form, "application/x-www-form-urlencoded").ifPresent(response -> {
      assertThat(response.statusCode()).as(form).isBetween(400, 499);
      assertThat(response.body()).doesNotContain("Exception", "at app.chris", "at io.javalin");
    });
  }

  @Provide
  Arbitrary<String> bodies() {
    Arbitrary<String> value = Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(30).map(HttpFuzzTest::quoted),
        Arbitraries.of("null", "1", "-0.5e999", "true", "[]", "{}", "[\"+12175550101\"]", "\"+12175550101\"",
            "\"" + "a".repeat(60_000) + "\"", "\"1#*\"", "\"<script>alert(1)</script>\"", "\"\\u0000\""));
    Arbitrary<String> object = Arbitraries.maps(Arbitraries.of(FIELDS), value).ofMaxSize(3).map(m -> {
      StringBuilder out = new StringBuilder("{");
      m.forEach((k, v) -> out.append(out.length() > 1 ? "," : "").append(quoted(k)).append(':').append(v));
      return out.append('}').toString();
    });
    Arbitrary<String> garbage = Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(200),
        Arbitraries.of("", "{", "{\"text\":", "[1,2", "\uFEFF{}", "{\"text\":\"a\"}{}", "{\"a\":" + "[".repeat(5000)));
    return Arbitraries.oneOf(object, object, garbage);
  }

  @Provide
  Arbitrary<String> paths() {
    return Arbitraries.oneOf(Arbitraries.of("/api/test-calls", "/api/test-calls/" + "c_x" + "/turns"),
        Arbitraries.strings().alpha().numeric().withChars("_-.%~").ofMaxLength(80)
            .map(id -> "/api/test-calls/" + id.replace("%", "%25") + "/turns"),
        Arbitraries.of("/api/test-calls/%2e%2e/turns", "/api/test-calls/c_%2F/turns", "/api/test-calls//turns"),
        Arbitraries.just("LIVE").map(x -> "/api/test-calls/" + liveCall + "/turns"));
  }

  @Provide
  Arbitrary<String> forms() {
    return Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(200),
        Arbitraries.of("CallSid=%ZZ", "CallSid=%", "=&=&&", "a=%E0%A4%A", "CallSid=CA1&CallSid=CA2", "%00=%00",
            "CallSid=" + "%41".repeat(20_000)));
  }

  @Provide
  Arbitrary<String> webhooks() {
    return Arbitraries.of("/twilio/voice", "/twilio/status", "/twilio/connect-action", "/twilio/dial-result",
        "/twilio/whisper");
  }

  private static void assertClean(HttpResponse<String> response, int... successes) {
    int status = response.statusCode();
    assertThat(response.body()).doesNotContain("Exception", "at app.chris", "at io.javalin");
    if (status == successes[0] || status == successes[1]) {
      return;
    }
    assertThat(status).as(response.body()).isBetween(400, 499);
    assertThat(response.body()).contains("\"error\":").contains("\"message\":");
  }

  /** Far larger than any request the API takes, and than what Jetty drains of an unread body. */
  private static final int UNDRAINED_BODY_BYTES = 16 * 1024;

  /** The response; empty when an oversized body was refused while the client was still writing it. */
  private Optional<HttpResponse<String>> send(String method, String path, String body, String type)
      throws IOException, InterruptedException {
    HttpRequest request = HttpRequest.newBuilder(URI.create(api.server.baseUrl() + path))
        .header("Authorization", "Bearer " + ApiFixture.TOKEN).header("Content-Type", type)
        .method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
    try {
      return Optional.of(http.send(request, HttpResponse.BodyHandlers.ofString()));
    } catch (IOException e) {
      // A large body the server does not read (413 over the limit, or a route that answers without reading it)
      // is not drained: Jetty answers and closes while the client may still be writing, and the client can see
      // the close first. That is a refusal too, if the server still answers; for a small body it is a failure.
      if (body.getBytes(StandardCharsets.UTF_8).length < UNDRAINED_BODY_BYTES) {
        throw e;
      }
      HttpRequest health = HttpRequest.newBuilder(URI.create(api.server.baseUrl() + "/health")).build();
      assertThat(http.send(health, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
      return Optional.empty();
    }
  }

  private static String quoted(String s) {
    StringBuilder out = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      out.append(c == '"' || c == '\\' || c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
    }
    return out.append('"').toString();
  }
}
