package app.chris.adapters.elevenlabs;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import okhttp3.OkHttpClient;

/**
 * The synthesizer's sockets: a new utterance joins a socket with room (fewer than {@link
 * VoiceConnection#MAX_CONTEXTS} contexts), else a new socket opens. Dead sockets are forgotten, so the next
 * utterance after a 1008 or a drop reconnects. Thread-safe.
 */
final class ConnectionPool {
  static final Duration COOL_DOWN = Duration.ofSeconds(30);
  /** After a socket was last used, how long a dropped one is reopened in the background. */
  static final Duration STAY_READY = Duration.ofMinutes(5);

  private final OkHttpClient client;
  private final ElevenLabsSettings settings;
  private final ObjectMapper json;
  private final List<VoiceConnection> connections = new ArrayList<>();
  private long refusedAtNanos;
  private boolean refused;
  private long lastUsedNanos;
  private boolean used;
  private boolean closed;

  ConnectionPool(OkHttpClient client, ElevenLabsSettings settings, ObjectMapper json) {
    this.client = client;
    this.settings = settings;
    this.json = json;
  }

  /** Opens a context on a socket with room (a new socket if needed; OkHttp queues messages until it opens). */
  synchronized SocketRoute attach(ContextListener listener) {
    used = true;
    lastUsedNanos = System.nanoTime();
    connections.removeIf(VoiceConnection::dead);
    VoiceConnection chosen = connections.stream().filter(VoiceConnection::hasRoom).findFirst().orElseGet(() -> {
      VoiceConnection fresh = VoiceConnection.open(client, settings, json);
      connections.add(fresh);
      return fresh;
    });
    return new SocketRoute(chosen, chosen.attach(listener));
  }

  /** A handshake was refused: for {@link #COOL_DOWN} new utterances go straight to HTTP, not to another refusal. */
  synchronized void refused() {
    refused = true;
    refusedAtNanos = System.nanoTime();
  }

  synchronized boolean coolingDown() {
    return refused && System.nanoTime() - refusedAtNanos < COOL_DOWN.toNanos();
  }

  /** Opens a socket ahead of the first utterance (call start), so the greeting's TTFB excludes the handshake. */
  synchronized void prewarm() {
    connections.removeIf(VoiceConnection::dead);
    if (connections.isEmpty()) {
      connections.add(VoiceConnection.open(client, settings, json));
    }
  }

  /**
   * Keeps live contexts alive and, while calls are recent, reopens a socket that dropped (1008 inactivity or a
   * network failure) in the background, so the next reply does not pay the handshake.
   */
  synchronized void keepAlive() {
    connections.removeIf(VoiceConnection::dead);
    connections.forEach(VoiceConnection::keepAlive);
    boolean recent = used && System.nanoTime() - lastUsedNanos < STAY_READY.toNanos();
    if (connections.isEmpty() && recent && !closed && !coolingDown()) {
      connections.add(VoiceConnection.open(client, settings, json));
    }
  }

  synchronized boolean closed() {
    return closed;
  }

  /** Stops new contexts; replies already playing finish (see {@link VoiceConnection#close()}). */
  synchronized void close() {
    closed = true;
    connections.forEach(VoiceConnection::close);
  }

  /** After the shutdown grace: whatever is still open is cut. */
  synchronized void closeNow() {
    connections.forEach(VoiceConnection::closeNow);
    connections.clear();
  }
}
