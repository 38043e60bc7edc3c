package app.chris.testkit.scenario;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A small client for the test-call and records API (contracts/http-api.md) over java.net.http. Thread-safe.
 * Any non-2xx answer becomes an {@link ApiCallException} carrying the status and the error body.
 */
public final class ChrisApiClient {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final TypeReference<Map<String, Object>> OBJECT = new TypeReference<>() {};
  private static final TypeReference<List<Map<String, Object>>> LIST = new TypeReference<>() {};

  private final HttpClient http;
  private final URI baseUrl;
  private final String token;

  public ChrisApiClient(URI baseUrl, String token) {
    String base = Objects.requireNonNull(baseUrl, "baseUrl").toString();
    this.baseUrl = URI.create(base.endsWith("/") ? base.substring(0, base.length() - 1) : base);
    this.token = Objects.requireNonNull(token, "token");
    this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  }

  /** Starts a test call; the answer holds {@code callId}, {@code replies} and {@code ended}. */
  public Map<String, Object> startCall(Optional<String> from) {
    Map<String, Object> body = new LinkedHashMap<>();
    from.ifPresent(f -> body.put("from", f));
    return send("POST", "/api/test-calls", body, OBJECT);
  }

  public Map<String, Object> say(String callId, String text) {
    return send("POST", "/api/test-calls/" + callId + "/turns", Map.of("text", text), OBJECT);
  }

  public Map<String, Object> press(String callId, String digits) {
    return send("POST", "/api/test-calls/" + callId + "/turns", Map.of("digits", digits), OBJECT);
  }

  public Map<String, Object> hangUp(String callId) {
    return send("DELETE", "/api/test-calls/" + callId, null, OBJECT);
  }

  public List<Map<String, Object>> serviceRequests(int limit) {
    return send("GET", "/api/service-requests?limit=" + limit, null, LIST);
  }

  public List<Map<String, Object>> knowledge() {
    return send("GET", "/api/knowledge", null, LIST);
  }

  private <T> T send(String method, String path, Object body, TypeReference<T> type) {
    try {
      HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
          .timeout(Duration.ofSeconds(60))
          .header("Authorization", "Bearer " + token)
          .header("Accept", "application/json");
      if (body == null) {
        request.method(method, HttpRequest.BodyPublishers.noBody());
      } else {
        request.header("Content-Type", "application/json")
            .method(method, HttpRequest.BodyPublishers.ofString(MAPPER.writeValueAsString(body)));
      }
      HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() / 100 != 2) {
        throw new ApiCallException(method + " " + path + " answered " + response.statusCode() + ": "
            + response.body());
      }
      return MAPPER.readValue(response.body(), type);
    } catch (IOException e) {
      throw new ApiCallException(method + " " + path + " failed: " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ApiCallException(method + " " + path + " was interrupted");
    }
  }

  /** The API refused a request or could not be reached. */
  public static final class ApiCallException extends RuntimeException {
    public ApiCallException(String message) {
      super(message);
    }
  }
}
