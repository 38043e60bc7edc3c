package app.chris.testkit.fault;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * A {@link FaultPlan} for the fakes built on the JDK's HttpServer (Rent Manager, SendGrid): call {@link #answered}
 * first in the handler; when it returns true the fault has been written (or the connection dropped) and the
 * fake does nothing more. Latency waits, then lets the fake answer normally; a mid-stream disconnect lets the
 * fake do the work and cuts its reply in half.
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
    if (f instanceof VendorFault.DisconnectMidStream) {
      // The vendor does the work; its reply is cut off half-way (the client cannot know whether it happened).
      exchange.setStreams(null, new CutStream(exchange.getResponseBody()));
      return false;
    }
    exchange.getRequestBody().readAllBytes();
    if (f instanceof VendorFault.ConnectionReset) {
      return true; // closing an exchange that sent no headers closes the connection: no status line at all
    }
    if (f instanceof VendorFault.RateLimited limited) {
      exchange.getResponseHeaders().set("Retry-After", FaultBodies.retryAfterSeconds(limited.retryAfter()));
      exchange.getResponseHeaders().set("X-RateLimit-Remaining", "0");
      exchange.getResponseHeaders().set("X-RateLimit-Reset", FaultBodies.resetEpochSeconds(limited.retryAfter()));
      send(exchange, 429, FaultBodies.error("rate_limit_exceeded", "injected rate limit"));
    } else if (f instanceof VendorFault.ServerError error) {
      send(exchange, error.status(), FaultBodies.error("server_error", "injected server error"));
    } else {
      send(exchange, 200, FaultBodies.MALFORMED);
    }
    return true;
  }

  private static void send(HttpExchange exchange, int status, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  /** Passes the first half of a reply body through, then breaks the connection. */
  private static final class CutStream extends java.io.FilterOutputStream {
    private int budget = -1;

    CutStream(OutputStream raw) {
      super(raw);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      if (budget < 0) {
        budget = Math.max(1, len / 2);
      }
      int pass = Math.min(budget, len);
      out.write(b, off, pass);
      budget -= pass;
      if (pass < len || budget == 0) {
        out.flush();
        out.close(); // short of the promised length: the JDK server drops the connection
        throw new IOException("injected disconnect mid-stream");
      }
    }

    @Override
    public void write(int b) throws IOException {
      write(new byte[] {(byte) b}, 0, 1);
    }
  }
}
