package app.chris.testkit.rentmanager;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Writes a {@link WapiReply}, with the rate-limit headers every classic-host reply carries. */
final class FakeHttp {
  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  private FakeHttp() {}

  /** Promises a body, then closes the connection without it: the client sees the connection drop at once. */
  static void dropMidReply(HttpExchange exchange) {
    try {
      exchange.sendResponseHeaders(200, 64);
      exchange.getResponseBody().close();
    } catch (IOException e) {
      // expected: the body is short, so the server closes the connection
    }
  }

  static void send(HttpExchange exchange, WapiReply reply, boolean bom) throws IOException {
    byte[] text = reply.body().getBytes(StandardCharsets.UTF_8);
    byte[] bytes = text;
    if (bom && text.length > 0) {
      bytes = new byte[text.length + BOM.length];
      System.arraycopy(BOM, 0, bytes, 0, BOM.length);
      System.arraycopy(text, 0, bytes, BOM.length, text.length);
    }
    var headers = exchange.getResponseHeaders();
    headers.set("Content-Type", "application/json; charset=utf-8");
    headers.set("x-ratelimit-limit", "500");
    headers.putIfAbsent("x-ratelimit-remaining", java.util.List.of("499"));
    headers.set("x-ratelimit-reset", String.valueOf(System.currentTimeMillis() / 1000 + 60));
    for (Map.Entry<String, String> h : reply.headers().entrySet()) {
      headers.set(h.getKey(), h.getValue());
    }
    boolean empty = bytes.length == 0 || reply.code() == 204;
    try {
      exchange.sendResponseHeaders(reply.code(), empty ? -1 : bytes.length);
      if (!empty) {
        try (OutputStream out = exchange.getResponseBody()) {
          out.write(bytes);
        }
      }
    } catch (IOException e) {
      // the client gave up (timeout) before the reply: exactly what a stall fault is for
    }
  }
}
