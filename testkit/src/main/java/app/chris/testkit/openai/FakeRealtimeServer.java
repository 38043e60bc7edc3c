package app.chris.testkit.openai;

import app.chris.testkit.NoDelaySockets;
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
import app.chris.testkit.fault.FaultPlan;
import app.chris.testkit.fault.FaultingDispatcher;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;

/**
 * A local stand-in for OpenAI's GA Realtime WebSocket ({@code /v1/realtime}) on 127.0.0.1: sends
 * {@code session.created}, answers {@code session.update} with {@code session.updated}, records every client
 * event, and lets tests play the caller ({@link #callerSays}), {@link #emit} raw server events, end the session
 * at its length cap ({@link #expireSession}) or drop it. Scripted actions go to the latest connection; each
 * reconnect is a new session. Thread-safe.
 */
public final class FakeRealtimeServer implements AutoCloseable {
  private final MockWebServer server;
  private final FaultPlan faults;
  private final List<FakeRealtimeSession> sessions = new CopyOnWriteArrayList<>();
  private final AtomicReference<Optional<Integer>> refuseWith = new AtomicReference<>(Optional.empty());
  private final ObjectMapper json = new ObjectMapper();
  private volatile boolean keepAudio = true;

  private FakeRealtimeServer(MockWebServer server, FaultPlan faults) {
    this.server = server;
    this.faults = faults;
  }

  /** The Realtime half of a server that also speaks other protocols ({@link FakeOpenAiServer#realtime()}). */
  static FakeRealtimeServer on(MockWebServer shared, FaultPlan faults) {
    return new FakeRealtimeServer(shared, faults);
  }

  public static FakeRealtimeServer start() {
    FakeRealtimeServer fake = new FakeRealtimeServer(new MockWebServer(), new FaultPlan());
    fake.server.setDispatcher(new FaultingDispatcher(fake.faults, new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        if (!request.getUrl().encodedPath().endsWith("/v1/realtime")) {
          return new MockResponse.Builder().code(404).setHeader("x-request-id", "req_fake_rt")
              .body(ChatChunks.errorBody("invalid_request_error", "unknown_url", "only /v1/realtime here")).build();
        }
        return fake.upgrade(request);
      }
    }));
    try {
      fake.server.setServerSocketFactory(NoDelaySockets.servers());
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

  /** Vendor faults for the handshakes (shared with the chat side when part of a {@link FakeOpenAiServer}). */
  public FaultPlan faultPlan() {
    return faults;
  }

  /** Makes the next handshakes fail with this HTTP status and OpenAI's error body, until {@link #acceptHandshakes}. */
  public void refuseHandshakes(int status) {
    refuseWith.set(Optional.of(status));
  }

  public void acceptHandshakes() {
    refuseWith.set(Optional.empty());
  }

  /** Sends a raw server event (JSON text, or anything else) to the latest connection. */
  public void emit(String event) {
    latest().send(event);
  }

  /**
   * The caller says a line, as server VAD and input transcription report it: {@code speech_started},
   * {@code speech_stopped}, {@code committed}, then the completed transcript. If the session lets the model answer
   * by itself ({@code create_response}, true unless configured otherwise), a response follows, as OpenAI's would.
   */
  public void callerSays(String transcript) {
    latest().callerSays(transcript);
  }

  /**
   * Whether later sessions keep {@code input_audio_buffer.append} events in {@link #received()} (default true);
   * a long load run turns it off so the fake does not hold every frame. Appends are counted either way.
   */
  public FakeRealtimeServer keepAudio(boolean keep) {
    this.keepAudio = keep;
    return this;
  }

  /** {@code input_audio_buffer.append} events received on every session so far. */
  public long audioAppends() {
    return sessions.stream().mapToLong(FakeRealtimeSession::appends).sum();
  }

  /** {@link #callerSays} on session {@code index} (0 is the first connection): many calls at once. */
  public void callerSaysOn(int index, String transcript) {
    sessions.get(index).callerSays(transcript);
  }

  /** {@link #emit} on session {@code index}. */
  public void emitOn(int index, String event) {
    sessions.get(index).send(event);
  }

  /**
   * The GA session length cap: an {@code error} event with code {@code session_expired} ("Your session hit the
   * maximum duration of 60 minutes."), then the server closes the socket.
   */
  public void expireSession() {
    latest().expire();
  }

  public void closeWith(int code, String reason) {
    latest().closeWith(code, reason);
  }

  /**
   * The server ends the connection unexpectedly mid-call (close 1011, internal error). A server-side socket cannot
   * be cut without a close frame here; the client treats both alike.
   */
  public void dropConnection() {
    latest().drop();
  }

  /** How many sessions (connections) were opened so far. */
  public int sessions() {
    return sessions.size();
  }

  /** Responses the model started on its own (server VAD with {@code create_response}); ears must cause none. */
  public int autoResponses() {
    return sessions.stream().mapToInt(FakeRealtimeSession::autoResponses).sum();
  }

  /** Client events received so far on every session, parsed, in order. */
  public List<JsonNode> received() {
    return sessions.stream().flatMap(s -> s.received().stream()).collect(Collectors.toList());
  }

  /** Client events received on session {@code index} (0 is the first connection). */
  public List<JsonNode> receivedOn(int index) {
    return index < sessions.size() ? sessions.get(index).received() : List.of();
  }

  /** Waits (polling) until a client event of this type arrives; empty after the timeout. */
  public Optional<JsonNode> awaitEvent(String type, Duration timeout) {
    return awaitEvents(type, 1, timeout).stream().findFirst();
  }

  /** Waits until a client event of this type arrives on session {@code index}; empty after the timeout. */
  public Optional<JsonNode> awaitEventOn(int index, String type, Duration timeout) {
    long end = System.nanoTime() + timeout.toNanos();
    do {
      Optional<JsonNode> found = receivedOn(index).stream().filter(e -> type.equals(e.path("type").asText()))
          .findFirst();
      if (found.isPresent()) {
        return found;
      }
      try {
        Thread.sleep(5);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    } while (System.nanoTime() < end);
    return Optional.empty();
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

  /** How many client events of this type arrived. */
  public long count(String type) {
    return ofType(type).size();
  }

  @Override
  public void close() {
    server.close();
  }

  private List<JsonNode> ofType(String type) {
    return received().stream().filter(e -> type.equals(e.path("type").asText())).collect(Collectors.toList());
  }

  private FakeRealtimeSession latest() {
    if (sessions.isEmpty()) {
      throw new IllegalStateException("no realtime client connected");
    }
    return sessions.get(sessions.size() - 1);
  }

  /** Answers a {@code /v1/realtime} handshake: a scripted refusal, or a new session. */
  MockResponse upgrade(RecordedRequest request) {
    Optional<Integer> refusal = refuseWith.get();
    if (refusal.isPresent()) {
      return new MockResponse.Builder().code(refusal.get()).setHeader("x-request-id", "req_fake_rt")
          .body(ChatChunks.errorBody("invalid_request_error", "refused", "scripted handshake refusal")).build();
    }
    FakeRealtimeSession session = new FakeRealtimeSession(json, "sess_fake_" + (sessions.size() + 1), keepAudio);
    sessions.add(session);
    return new MockResponse.Builder().webSocketUpgrade(session).build();
  }
}
