package app.chris.app;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import javax.net.SocketFactory;

/**
 * Vendor sockets with Nagle's algorithm off (TCP_NODELAY; OkHttp leaves it on): the ears get a small
 * {@code input_audio_buffer.append} every 20 ms, which would otherwise wait for the vendor's delayed ACK (up to
 * 40 ms on Linux) whenever the one before is unacknowledged. TLS is layered on top, so it applies to wss:// too.
 */
final class NoDelaySocketFactory extends SocketFactory {
  private final SocketFactory plain = SocketFactory.getDefault();

  @Override
  public Socket createSocket() throws IOException {
    return noDelay(plain.createSocket());
  }

  @Override
  public Socket createSocket(String host, int port) throws IOException {
    return noDelay(plain.createSocket(host, port));
  }

  @Override
  public Socket createSocket(String host, int port, InetAddress local, int localPort) throws IOException {
    return noDelay(plain.createSocket(host, port, local, localPort));
  }

  @Override
  public Socket createSocket(InetAddress host, int port) throws IOException {
    return noDelay(plain.createSocket(host, port));
  }

  @Override
  public Socket createSocket(InetAddress host, int port, InetAddress local, int localPort) throws IOException {
    return noDelay(plain.createSocket(host, port, local, localPort));
  }

  private static Socket noDelay(Socket socket) throws IOException {
    socket.setTcpNoDelay(true);
    return socket;
  }
}
