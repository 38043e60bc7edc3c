package app.chris.app;

import app.chris.app.config.AppConfig;
import app.chris.testkit.InMemoryCallLog;
import app.chris.testkit.InMemoryKnowledgeStore;
import app.chris.testkit.InMemoryOutbox;
import app.chris.testkit.InMemoryPortfolio;
import app.chris.testkit.InMemoryServiceDesk;
import app.chris.testkit.MutableClock;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

/** A real server on a free port over in-memory stores and the echo model, with a small JSON HTTP client. */
final class ApiFixture implements AutoCloseable {
  static final String TOKEN = "test-admin-token";
  private static final ObjectMapper MAPPER = new ObjectMapper();

  final MutableClock clock = MutableClock.startingNow();
  final InMemoryOutbox outbox = new InMemoryOutbox(clock);
  final InMemoryServiceDesk serviceDesk = new InMemoryServiceDesk(clock, outbox);
  final InMemoryKnowledgeStore knowledge = new InMemoryKnowledgeStore(clock);
  final InMemoryCallLog callLog = new InMemoryCallLog(outbox);
  final AppContext context;
  final Server server;
  private final HttpClient http = HttpClient.newHttpClient();

  ApiFixture(Map<String, String> env) {
    InMemoryPortfolio portfolio = InMemoryPortfolio.demo();
    Stores stores = new Stores(portfolio, portfolio, knowledge, serviceDesk, callLog, outbox);
    context = AppContext.create(AppConfig.fromEnv(env), stores, new EchoModel(), clock, () -> {});
    server = Server.start(context, 0);
  }

  ApiFixture() {
    this(Map.of("ADMIN_TOKEN", TOKEN));
  }

  Response get(String path) {
    return send("GET", path, null, TOKEN);
  }

  Response post(String path, String body) {
    return send("POST", path, body, TOKEN);
  }

  Response send(String method, String path, String body, String token) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.baseUrl() + path))
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    try {
      HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
      return new Response(response.statusCode(), response.body(), response.headers().firstValue("Content-Type").orElse(""));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  @SuppressWarnings("unchecked")
  static java.util.List<Map<String, Object>> objects(Object list) {
    return (java.util.List<Map<String, Object>>) list;
  }

  @Override
  public void close() {
    server.stop();
  }

  /** Status, body and content type; {@link #json()} parses the body. */
  record Response(int status, String body, String contentType) {
    Object json() {
      try {
        return MAPPER.readValue(body, Object.class);
      } catch (IOException e) {
        throw new AssertionError("not JSON: " + body, e);
      }
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> object() {
      return (Map<String, Object>) json();
    }

    <T> T as(TypeReference<T> type) {
      return MAPPER.convertValue(json(), type);
    }
  }
}
