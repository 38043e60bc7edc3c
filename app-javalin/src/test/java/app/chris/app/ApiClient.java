package app.chris.app;

import app.chris.testkit.scenario.ChrisApiClient;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

/** Minimal authenticated JSON calls against a running {@link Server}; non-2xx fails the test. */
final class ApiClient {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private final URI baseUrl;
  private final HttpClient http = HttpClient.newHttpClient();

  ApiClient(Server server) {
    this(URI.create(server.baseUrl()));
  }

  /** Against any running Chris, e.g. a child process. */
  ApiClient(URI baseUrl) {
    this.baseUrl = baseUrl;
  }

  ChrisApiClient scenarioClient() {
    return new ChrisApiClient(baseUrl, ApiFixture.TOKEN);
  }

  Map<String, Object> get(String path) throws Exception {
    return send("GET", path, null);
  }

  Map<String, Object> post(String path, String body) throws Exception {
    return send("POST", path, body);
  }

  Map<String, Object> delete(String path) throws Exception {
    return send("DELETE", path, null);
  }

  @SuppressWarnings("unchecked")
  private Map<String, Object> send(String method, String path, String body) throws Exception {
    HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + path))
        .header("Authorization", "Bearer " + ApiFixture.TOKEN)
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
        .build();
    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() / 100 != 2) {
      throw new AssertionError(method + " " + path + " -> " + response.statusCode() + " " + response.body());
    }
    return MAPPER.readValue(response.body(), Map.class);
  }
}
