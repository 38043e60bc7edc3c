package app.chris.testkit;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import javax.net.ServerSocketFactory;
import javax.net.SocketFactory;

/**
 * Sockets with Nagle's algorithm off (TCP_NODELAY), for the fake servers and simulated callers: a stream of small
 * WebSocket frames (20 ms of audio each) otherwise waits for the peer's delayed ACK, up to 40 ms on Linux, which
 * a latency benchmark would blame on whatever sits between. Neither OkHttp nor MockWebServer sets it.
 */
public final class NoDelaySockets {
  private NoDelaySockets() {}

  public static ServerSocketFactory servers() {
    return new ServerSocketFactory() {
      @Override
      public ServerSocket createServerSocket() throws IOException {
        return new NoDelayServerSocket();
      }

      @Override
      public ServerSocket createServerSocket(int port) throws IOException {
        return bound(port, 50, null);
      }

      @Override
      public ServerSocket createServerSocket(int port, int backlog) throws IOException {
        return bound(port, backlog, null);
      }

      @Override
      public ServerSocket createServerSocket(int port, int backlog, InetAddress address) throws IOException {
        return bound(port, backlog, address);
      }
    };
  }

  private static ServerSocket bound(int port, int backlog, InetAddress address) throws IOException {
    ServerSocket socket = new NoDelayServerSocket();
    socket.bind(new java.net.InetSocketAddress(address, port), backlog);
    return socket;
  }

  /** Accepts connections with TCP_NODELAY set. */
  private static final class NoDelayServerSocket extends ServerSocket {
    NoDelayServerSocket() throws IOException {
      super();
    }

    @Override
    public Socket accept() throws IOException {
      Socket socket = new Socket();
      implAccept(socket);
      socket.setTcpNoDelay(true);
      return socket;
    }
  }

  /** Client sockets with TCP_NODELAY set (for OkHttp's {@code socketFactory}). */
  public static SocketFactory clients() {
    return new NoDelaySocketFactory();
  }

  private static final class NoDelaySocketFactory extends SocketFactory {
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
}
