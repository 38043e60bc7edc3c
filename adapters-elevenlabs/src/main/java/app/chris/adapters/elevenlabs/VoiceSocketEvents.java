package app.chris.adapters.elevenlabs;

import app.chris.core.port.FailureKind;
import app.chris.core.port.PortException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import okhttp3.Response;
import okhttp3.WebSocket;
import okhttp3.WebSocketListener;

/**
 * What one ElevenLabs socket says, read for its {@link VoiceConnection}: context messages go to the connection,
 * an error message is kept as the reason for the close that follows it, and unreadable messages are skipped.
 * Thread-safe (OkHttp calls it on the socket's reader thread; its own state is atomic).
 */
final class VoiceSocketEvents extends WebSocketListener {
  private final ObjectMapper json;
  private final VoiceConnection connection;
  private final AtomicInteger skipped = new AtomicInteger();
  private final AtomicReference<Optional<PortException>> serverError = new AtomicReference<>(Optional.empty());

  VoiceSocketEvents(ObjectMapper json, VoiceConnection connection) {
    this.json = json;
    this.connection = connection;
  }

  /** Server messages skipped as unreadable (not JSON, not a message, audio that is not base64). */
  int skipped() {
    return skipped.get();
  }

  @Override
  public void onOpen(WebSocket webSocket, Response response) {
    connection.opened();
  }

  @Override
  public void onMessage(WebSocket webSocket, String text) {
    Optional<ServerMessageJson> parsed = ServerMessageJson.parse(json, text);
    if (parsed.isEmpty() || parsed.get().badAudio()) {
      skipped.incrementAndGet(); // unknown shapes (e.g. flush_done) carry nothing we need; bad audio is dropped
      return;
    }
    ServerMessageJson message = parsed.get();
    if (message.errorCode().isPresent()) {
      serverError.set(Optional.of(Failures.socket(message.errorCode().get(), String.valueOf(message.message()))));
      return;
    }
    message.context().ifPresent(id -> connection.deliver(id, message));
  }

  @Override
  public void onClosing(WebSocket webSocket, int code, String reason) {
    webSocket.close(1000, null);
    connection.die(serverError.get().orElseGet(() ->
        new PortException(FailureKind.UNAVAILABLE, "ElevenLabs closed the socket: " + code + " " + reason)));
  }

  @Override
  public void onFailure(WebSocket webSocket, Throwable t, Response response) {
    connection.die(Failures.socketFailure(t, connection.wasOpened() ? null : response));
  }
}
