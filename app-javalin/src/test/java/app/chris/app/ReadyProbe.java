package app.chris.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

/** Reads {@code GET /ready} of a running server (no auth) into its status code and components. */
final class ReadyProbe {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private ReadyProbe() {}

  static Ready ready(Server server) {
    return ready(URI.create(server.baseUrl()));
  }

  @SuppressWarnings("unchecked")
  static Ready ready(URI baseUrl) {
    try {
      HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(baseUrl.resolve("/ready")).GET().build(),
          HttpResponse.BodyHandlers.ofString());
      Map<String, Object> body = MAPPER.readValue(response.body(), Map.class);
      return new Ready(response.statusCode(), (Map<String, Map<String, Object>>) body.get("components"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** The HTTP status and each component's JSON object. */
  record Ready(int status, Map<String, Map<String, Object>> components) {
    Map<String, Object> component(String name) {
      return components.get(name);
    }
  }
}
