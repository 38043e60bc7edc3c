package app.chris.testkit.fault;

import okhttp3.Response;
import okhttp3.WebSocket;
import okhttp3.WebSocketListener;
import okio.ByteString;

/** A fake's socket that opens normally and drops (no close frame) right after the client's first message. */
final class DroppingListener extends WebSocketListener {
  private final WebSocketListener fake;

  DroppingListener(WebSocketListener fake) {
    this.fake = fake;
  }

  @Override
  public void onOpen(WebSocket socket, Response response) {
    fake.onOpen(socket, response);
  }

  @Override
  public void onMessage(WebSocket socket, String text) {
    fake.onMessage(socket, text);
    socket.cancel();
  }

  @Override
  public void onMessage(WebSocket socket, ByteString bytes) {
    fake.onMessage(socket, bytes);
    socket.cancel();
  }

  @Override
  public void onClosing(WebSocket socket, int code, String reason) {
    fake.onClosing(socket, code, reason);
  }

  @Override
  public void onClosed(WebSocket socket, int code, String reason) {
    fake.onClosed(socket, code, reason);
  }

  @Override
  public void onFailure(WebSocket socket, Throwable t, Response response) {
    fake.onFailure(socket, t, response);
  }
}
