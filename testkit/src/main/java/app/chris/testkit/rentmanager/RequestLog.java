package app.chris.testkit.rentmanager;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Requests the fake received (the latest {@value #MAX} kept). Thread-safe. */
final class RequestLog {
  static final int MAX = 20_000;
  private final List<RecordedRentManagerRequest> requests = new ArrayList<>();

  RecordedRentManagerRequest record(HttpExchange exchange) throws IOException {
    String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    WapiQuery query = WapiQuery.parse(exchange.getRequestURI().getRawQuery());
    RecordedRentManagerRequest r = new RecordedRentManagerRequest(exchange.getRequestMethod().toUpperCase(Locale.ROOT),
        exchange.getRequestURI().getPath(), query.params(), header(exchange, "X-RM12Api-ApiToken"),
        header(exchange, "X-RM12Api-PartnerToken"), header(exchange, "X-RM12Api-LocationID"), body);
    synchronized (this) {
      if (requests.size() >= MAX) {
        requests.remove(0);
      }
      requests.add(r);
    }
    return r;
  }

  synchronized List<RecordedRentManagerRequest> all() {
    return List.copyOf(requests);
  }

  private static Optional<String> header(HttpExchange exchange, String name) {
    return Optional.ofNullable(exchange.getRequestHeaders().getFirst(name));
  }
}
