package app.chris.testkit.sendgrid;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Reading and answering JDK {@link HttpExchange}s for the fake vendor servers. */
final class HttpExchanges {
  private HttpExchanges() {}

  /** The request body, or empty when it is longer than {@code maxBytes} (read no further than that). */
  static Optional<byte[]> readBounded(HttpExchange exchange, int maxBytes) throws IOException {
    byte[] bytes = exchange.getRequestBody().readNBytes(maxBytes + 1);
    return bytes.length > maxBytes ? Optional.empty() : Optional.of(bytes);
  }

  static Map<String, String> lowerCasedHeaders(HttpExchange exchange) {
    Map<String, String> headers = new HashMap<>();
    exchange.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(Locale.ROOT), String.join(",", v)));
    return headers;
  }

  static void reply(HttpExchange exchange, SendGridReply reply) throws IOException {
    reply.headers().forEach((k, v) -> exchange.getResponseHeaders().set(k, v));
    byte[] body = reply.body().getBytes(StandardCharsets.UTF_8);
    if (body.length > 0) {
      exchange.getResponseHeaders().set("Content-Type", "application/json");
    }
    exchange.sendResponseHeaders(reply.status(), body.length == 0 ? -1 : body.length);
    if (body.length > 0) {
      exchange.getResponseBody().write(body);
    }
  }
}
