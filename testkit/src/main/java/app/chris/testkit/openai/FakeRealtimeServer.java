package app.chris.testkit.openai;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.Response;
import okhttp3.WebSocket;
import okhttp3.WebSocketListener;

/**
 * A local stand-in for OpenAI's GA Realtime WebSocket ({@code /v1/realtime}) on 127.0.0.1: sends
 * {@code session.created}, answers {@code session.update} with {@code session.updated}, records every client
 * event and lets tests {@link #emit} server events or {@link #closeWith} a code. One session at a time. Thread-safe.
 */
public final class FakeRealtimeServer implements AutoCloseable {
  private final MockWebServer server = new MockWebServer();
  private final List<JsonNode> received = new CopyOnWriteArrayList<>();
  private final AtomicReference<WebSocket> socket = new AtomicReference<>();
  private final AtomicReference<Optional<Integer>> refuseWith = new AtomicReference<>(Optional.empty());
  private final ObjectMapper json = new ObjectMapper();

  private FakeRealtimeServer() {}

  public static FakeRealtimeServer start() {
    FakeRealtimeServer fake = new FakeRealtimeServer();
    fake.server.setDispatcher(fake.new Upgrade());
    try {
      fake.server.start(InetAddress.getLoopbackAddress(), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return fake;
  }

  /** The base URL to configure, including {@code /v1} (http; the client upgrades to a WebSocket). */
  public URI baseUrl() {
    return server.url("/v1").uri();
  }

  /** Makes the next handshakes fail with this HTTP status and OpenAI's error body. */
  public void refuseHandshakes(int status) {
    refuseWith.set(Optional.of(status));
  }

  /** Sends a raw server event (JSON text) to the connected client. */
  public void emit(String event) {
    WebSocket current = socket.get();
    if (current == null) {
      throw new IllegalStateException("no realtime client connected");
    }
    current.send(event);
  }

  public void closeWith(int code, String reason) {
    WebSocket current = socket.get();
    if (current != null) {
      current.close(code, reason);
    }
  }

  /** Client events received so far, parsed, in order. */
  public List<JsonNode> received() {
    return List.copyOf(received);
  }

  /** Waits (polling) until a client event of this type arrives; empty after the timeout. */
  public Optional<JsonNode> awaitEvent(String type, Duration timeout) {
    return awaitEvents(type, 1, timeout).stream().findFirst();
  }

  /** Waits until {@code count} client events of this type arrived; returns those seen by the timeout. */
  public List<JsonNode> awaitEvents(String type, int count, Duration timeout) {
    long end = System.nanoTime() + timeout.toNanos();
    List<JsonNode> found = ofType(type);
    while (found.size() < count && System.nanoTime() < end) {
      try {
        Thread.sleep(5);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
      found = ofType(type);
    }
    return found;
  }

  private List<JsonNode> ofType(String type) {
    return received.stream().filter(e -> type.equals(e.path("type").asText())).collect(Collectors.toList());
  }

  /** How many client events of this type arrived. */
  public long count(String type) {
    return ofType(type).size();
  }

  @Override
  public void close() {
    server.close();
  }

  private final class Upgrade extends Dispatcher {
    @Override
    public MockResponse dispatch(RecordedRequest request) {
      Optional<Integer> refusal = refuseWith.get();
      if (refusal.isPresent()) {
        return new MockResponse.Builder().code(refusal.get()).setHeader("x-request-id", "req_fake_rt")
            .body(ChatChunks.errorBody("invalid_request_error", "refused", "scripted handshake refusal")).build();
      }
      return new MockResponse.Builder().webSocketUpgrade(new Session()).build();
    }
  }

  private final class Session extends WebSocketListener {
    @Override
    public void onOpen(WebSocket webSocket, Response response) {
      socket.set(webSocket);
      webSocket.send("{\"type\":\"session.created\",\"event_id\":\"event_1\",\"session\":{\"id\":\"sess_fake\"}}");
    }

    @Override
    public void onMessage(WebSocket webSocket, String text) {
      JsonNode event;
      try {
        event = json.readTree(text);
      } catch (IOException e) {
        return;
      }
      received.add(event);
      if ("session.update".equals(event.path("type").asText())) {
        webSocket.send("{\"type\":\"session.updated\",\"session\":" + event.path("session") + "}");
      }
    }

    @Override
    public void onClosing(WebSocket webSocket, int code, String reason) {
      webSocket.close(1000, null);
    }
  }
}
