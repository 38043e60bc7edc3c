package app.chris.testkit.fault;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * A {@link FaultPlan} for the fakes built on the JDK's HttpServer (Rent Manager, SendGrid): call {@link #answered}
 * first in the handler; when it returns true the fault has been written (or the connection dropped) and the
 * fake does nothing more. Latency waits, then lets the fake answer normally.
 */
public final class ExchangeFaults {
  private ExchangeFaults() {}

  public static boolean answered(FaultPlan plan, HttpExchange exchange) throws IOException {
    Optional<VendorFault> fault = plan.take(exchange.getRequestURI().getPath());
    if (fault.isEmpty()) {
      return false;
    }
    VendorFault f = fault.get();
    if (f instanceof VendorFault.Latency latency) {
      FaultBodies.sleep(latency.delay());
      return false;
    }
    exchange.getRequestBody().readAllBytes();
    if (f instanceof VendorFault.RateLimited limited) {
      exchange.getResponseHeaders().set("Retry-After", FaultBodies.retryAfterSeconds(limited.retryAfter()));
      exchange.getResponseHeaders().set("X-RateLimit-Remaining", "0");
      exchange.getResponseHeaders().set("X-RateLimit-Reset", FaultBodies.resetEpochSeconds(limited.retryAfter()));
      send(exchange, 429, FaultBodies.error("rate_limit_exceeded", "injected rate limit"), false);
    } else if (f instanceof VendorFault.ServerError error) {
      send(exchange, error.status(), FaultBodies.error("server_error", "injected server error"), false);
    } else if (f instanceof VendorFault.MalformedBody) {
      send(exchange, 200, FaultBodies.MALFORMED, false);
    } else {
      // A reset and a mid-stream drop look alike from here: headers promise a body that never fully arrives.
      send(exchange, 200, f instanceof VendorFault.ConnectionReset ? "" : FaultBodies.MALFORMED, true);
    }
    return true;
  }

  private static void send(HttpExchange exchange, int status, String body, boolean cut) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    try {
      exchange.sendResponseHeaders(status, cut ? bytes.length + 64L : bytes.length);
      OutputStream out = exchange.getResponseBody();
      out.write(bytes);
      out.close(); // short of the promised length: the JDK server closes the connection
    } catch (IOException e) {
      // expected when cutting the reply short
    }
  }
}
