package app.chris.testkit.elevenlabs;

import app.chris.testkit.NoDelaySockets;
import app.chris.testkit.fault.FaultPlan;
import app.chris.testkit.fault.FaultingDispatcher;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import mockwebserver3.MockWebServer;

/**
 * A local stand-in for ElevenLabs text-to-speech on 127.0.0.1: the multi-context WebSocket
 * ({@code /v1/text-to-speech/{voice}/multi-stream-input}) and HTTP streaming ({@code .../stream}). Audio is
 * {@link FakeVoiceAudio} (length follows the text). Scriptable: time to first byte, handshake refusals, HTTP
 * errors, socket errors, 1008 closes, drops, late audio after close_context. Records what it received. Thread-safe.
 */
public final class FakeElevenLabsServer implements AutoCloseable {
  private final MockWebServer server = new MockWebServer();
  private final FaultPlan faults = new FaultPlan();
  private final FakeVoiceScript script = new FakeVoiceScript();
  private final FakeVoiceGenerator voice = new FakeVoiceGenerator(script);
  private final List<FakeVoiceSocket> sockets = new CopyOnWriteArrayList<>();
  private final List<JsonNode> socketMessages = new CopyOnWriteArrayList<>();
  private final List<RecordedSynthesis> streams = new CopyOnWriteArrayList<>();
  private final List<String> handshakeKeys = new CopyOnWriteArrayList<>();
  private final Queue<Optional<String>> socketErrors = new ConcurrentLinkedQueue<>();
  private final AtomicInteger requests = new AtomicInteger();

  private FakeElevenLabsServer() {}

  public static FakeElevenLabsServer start() {
    FakeElevenLabsServer fake = new FakeElevenLabsServer();
    fake.server.setDispatcher(new FaultingDispatcher(fake.faults, new FakeVoiceDispatcher(fake)));
    try {
      fake.server.setServerSocketFactory(NoDelaySockets.servers());
      fake.server.start(InetAddress.getLoopbackAddress(), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return fake;
  }

  /** The base URL to configure (http; the client derives ws:// from it). */
  public URI baseUrl() {
    return server.url("/").uri();
  }

  /** Vendor faults for the socket handshake and {@code /stream} requests. */
  public FaultPlan faultPlan() {
    return faults;
  }

  /** Timing, chunking and scripted failures; change them before or during a test. */
  public FakeVoiceScript script() {
    return script;
  }

  /** The next text message on any socket is answered with this error JSON and a 1008 close. */
  public void failNextSocketMessage(String errorJson) {
    socketErrors.add(Optional.of(errorJson));
  }

  /** Closes every open socket with this code (e.g. 1008 after an inactivity timeout). */
  public void closeSockets(int code, String reason) {
    sockets.forEach(s -> s.close(code, reason));
  }

  /** Cuts every open socket without a close frame, as a network failure would. */
  public void dropSockets() {
    sockets.forEach(FakeVoiceSocket::drop);
  }

  /** Every JSON message received on any socket, in order. */
  public List<JsonNode> socketMessages() {
    return List.copyOf(socketMessages);
  }

  /** Waits (polling) until {@code count} socket messages match; returns the matches seen by the timeout. */
  public List<JsonNode> awaitSocketMessages(Predicate<JsonNode> match, int count, Duration timeout) {
    long end = System.nanoTime() + timeout.toNanos();
    List<JsonNode> found = matching(match);
    while (found.size() < count && System.nanoTime() < end) {
      FakeVoiceGenerator.sleep(Duration.ofMillis(5));
      found = matching(match);
    }
    return found;
  }

  private List<JsonNode> matching(Predicate<JsonNode> match) {
    return socketMessages.stream().filter(match).collect(java.util.stream.Collectors.toList());
  }

  /** HTTP streaming requests received, in order. */
  public List<RecordedSynthesis> streamRequests() {
    return List.copyOf(streams);
  }

  /** The xi-api-key header of each WebSocket handshake, in order. */
  public List<String> handshakeKeys() {
    return List.copyOf(handshakeKeys);
  }

  /** Every HTTP request (handshakes and streams) the fake received. */
  public int requestCount() {
    return requests.get();
  }

  @Override
  public void close() {
    voice.close();
    server.close();
  }

  void countRequest() {
    requests.incrementAndGet();
  }

  FakeVoiceSocket newSocket(String apiKey) {
    handshakeKeys.add(apiKey);
    FakeVoiceSocket socket = new FakeVoiceSocket(this);
    sockets.add(socket);
    return socket;
  }

  void recordStream(RecordedSynthesis request) {
    streams.add(request);
  }

  void record(JsonNode message) {
    socketMessages.add(message);
  }

  Optional<String> takeScriptedSocketError() {
    Optional<String> next = socketErrors.poll();
    return next == null ? Optional.empty() : next;
  }

  boolean lateAudioAfterClose() {
    return script.lateAudioAfterClose();
  }

  /** Speaks text on the fake's one voice thread: waits the first-byte delay, then sends chunks until refused. */
  void generate(Object socket, Object context, String text, Predicate<byte[]> sendChunk) {
    voice.generate(socket, context, text, sendChunk);
  }

  /** Runs after all audio already queued (of that socket or context in concurrent mode): isFinal, close_socket. */
  void afterAudio(Object socketOrContext, Runnable action) {
    voice.after(socketOrContext, action);
  }
}
