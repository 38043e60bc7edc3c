package app.chris.testkit.openai;

import app.chris.testkit.NoDelaySockets;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import app.chris.testkit.fault.FaultPlan;
import app.chris.testkit.fault.FaultingDispatcher;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;

/**
 * A local stand-in for OpenAI's (or xAI's) {@code POST /v1/chat/completions} on 127.0.0.1. Each request takes the
 * next {@link ChatScript}; with none left it answers 500. Records every request's parsed JSON. The same base URL
 * also speaks the Realtime WebSocket ({@link #realtime()}), as OpenAI's does. Thread-safe.
 */
public final class FakeOpenAiServer implements AutoCloseable {
  private final MockWebServer server = new MockWebServer();
  private final FaultPlan faults = new FaultPlan();
  private final FakeRealtimeServer realtime = FakeRealtimeServer.on(server, faults);
  private final BlockingQueue<ChatScript> scripts = new LinkedBlockingQueue<>();
  private final List<RecordedChatRequest> requests = new CopyOnWriteArrayList<>();
  private final AtomicInteger served = new AtomicInteger();
  private final ObjectMapper json = new ObjectMapper();

  private FakeOpenAiServer() {}

  public static FakeOpenAiServer start() {
    FakeOpenAiServer fake = new FakeOpenAiServer();
    fake.server.setDispatcher(new FaultingDispatcher(fake.faults, fake.new ScriptDispatcher()));
    try {
      fake.server.setServerSocketFactory(NoDelaySockets.servers());
      fake.server.start(InetAddress.getLoopbackAddress(), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return fake;
  }

  /** The base URL to configure, including {@code /v1}. */
  public URI baseUrl() {
    return server.url("/v1").uri();
  }

  /** The Realtime side of this server ({@code {base}/realtime}): the caller's voice, session events. */
  public FakeRealtimeServer realtime() {
    return realtime;
  }

  /** Vendor faults for chat ({@code /v1/chat}) and Realtime ({@code /v1/realtime}) requests; any path by default. */
  public FaultPlan faultPlan() {
    return faults;
  }

  public FakeOpenAiServer enqueue(ChatScript... next) {
    scripts.addAll(List.of(next));
    return this;
  }

  public List<RecordedChatRequest> requests() {
    return List.copyOf(requests);
  }

  public RecordedChatRequest lastRequest() {
    if (requests.isEmpty()) {
      throw new IllegalStateException("no request received");
    }
    return requests.get(requests.size() - 1);
  }

  @Override
  public void close() {
    server.close();
  }

  private final class ScriptDispatcher extends Dispatcher {
    @Override
    public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
      String requestId = "req_fake_" + served.incrementAndGet();
      if (request.getUrl().encodedPath().endsWith("/v1/realtime")) {
        return realtime.upgrade(request);
      }
      if (!request.getUrl().encodedPath().endsWith("/v1/chat/completions")) {
        return error(404, "unknown path " + request.getUrl().encodedPath(), requestId);
      }
      requests.add(record(request));
      ChatScript script = scripts.poll(0, TimeUnit.MILLISECONDS);
      if (script == null) {
        return error(500, "FakeOpenAiServer has no scripted reply left", requestId);
      }
      return Responses.of(script, requestId);
    }

    private RecordedChatRequest record(RecordedRequest request) {
      Optional<String> bearer = Optional.ofNullable(request.getHeaders().get("Authorization"))
          .filter(h -> h.startsWith("Bearer "))
          .map(h -> h.substring("Bearer ".length()));
      JsonNode body;
      try {
        body = request.getBody() == null ? json.missingNode() : json.readTree(request.getBody().utf8());
      } catch (IOException e) {
        body = json.missingNode(); // a request that is not JSON is recorded as missing, for tests to catch
      }
      return new RecordedChatRequest(request.getUrl().encodedPath(), bearer, body);
    }

    private MockResponse error(int status, String message, String requestId) {
      return Responses.of(ChatScript.httpError(status, "server_error", "fake_server", message), requestId);
    }
  }
}
