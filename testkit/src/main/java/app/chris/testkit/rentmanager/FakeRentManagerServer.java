package app.chris.testkit.rentmanager;

import app.chris.testkit.fault.ExchangeFaults;
import app.chris.testkit.fault.FaultPlan;
import app.chris.core.port.Portfolio;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A local Rent Manager 12 Web API on 127.0.0.1 with the reference's sample database (or a loaded portfolio):
 * user login ({@value #USER}/{@value #PASSWORD}, at most 10 live tokens per user) or the partner token
 * {@value #PARTNER_TOKEN}; paging with 206 + Link; 404 for empty filters; and injectable faults (expired tokens,
 * 429, 5xx, resets, stalls after accepting, slow paths, BOM-prefixed bodies). Records every request. Thread-safe.
 */
public final class FakeRentManagerServer implements AutoCloseable {
  public static final String USER = "demo";
  public static final String PASSWORD = "demo";
  public static final String PARTNER_TOKEN = "partner-token-0001";

  private final HttpServer server;
  private final ExecutorService executor;
  private final RentManagerData data = new RentManagerData();
  private final FakeTokens tokens = new FakeTokens();
  private final FakeFaults faults = new FakeFaults();
  private final FaultPlan vendorFaults = new FaultPlan();
  private final RequestLog log = new RequestLog();
  private final WapiRoutes routes;

  private FakeRentManagerServer() throws IOException {
    // The JDK server writes headers and body apart; without TCP_NODELAY each reply waits ~40 ms for a delayed ACK.
    // Read once when the JDK server class loads, so set it before the first server starts.
    if (System.getProperty("sun.net.httpserver.nodelay") == null) {
      System.setProperty("sun.net.httpserver.nodelay", "true");
    }
    server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 0);
    executor = Executors.newCachedThreadPool(r -> {
      Thread t = new Thread(r, "fake-rentmanager");
      t.setDaemon(true);
      return t;
    });
    server.setExecutor(executor);
    server.createContext("/", this::handle);
    routes = new WapiRoutes(data, baseUri().toString());
    SampleRentManagerData.load(data);
    server.start();
  }

  /** Starts on a free port with the reference's sample database. */
  public static FakeRentManagerServer start() {
    try {
      return new FakeRentManagerServer();
    } catch (IOException e) {
      throw new UncheckedIOException("could not start the fake Rent Manager server", e);
    }
  }

  public URI baseUri() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  /** Replaces properties, units and tenants with {@code portfolio} (ids like "P100" become 100). */
  public void load(Portfolio portfolio) {
    PortfolioRows.load(data, portfolio);
  }

  public RentManagerData data() {
    return data;
  }

  public FakeTokens tokens() {
    return tokens;
  }

  public FakeFaults faults() {
    return faults;
  }

  /** The shared vendor-fault vocabulary, applied to every request (logins included) before anything else. */
  public FaultPlan faultPlan() {
    return vendorFaults;
  }

  /** Every request received, oldest first (logins included). */
  public List<RecordedRentManagerRequest> requests() {
    return log.all();
  }

  /** Service Manager issues as stored, the sample's 5001 included. */
  public List<ObjectNode> issues() {
    return data.all("ServiceManagerIssues");
  }

  /** Issues whose description mentions {@code text}, e.g. a call id (Chris's work orders name their call). */
  public List<ObjectNode> issuesMentioning(String text) {
    return issues().stream().filter(issue -> issue.path("Description").asText().contains(text)).toList();
  }

  /** Stops in the background: the JDK server's stop waits up to a second for its dispatcher, per test. */
  @Override
  public void close() {
    Thread stopper = new Thread(() -> {
      server.stop(0);
      executor.shutdownNow();
    }, "fake-rentmanager-stop");
    stopper.setDaemon(true);
    stopper.start();
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      answer(exchange);
    } catch (RuntimeException e) {
      // A bug in the fake must show up as a loud 500, not as a client timeout.
      FakeHttp.send(exchange, WapiReply.error(500, "fake Rent Manager failed: " + e), false);
    }
  }

  private void answer(HttpExchange exchange) throws IOException {
    {
      if (ExchangeFaults.answered(vendorFaults, exchange)) {
        return;
      }
      RecordedRentManagerRequest request = log.record(exchange);
      if (request.is("POST", "/Authentication/AuthorizeUser")) {
        WapiReply reply;
        try {
          reply = tokens.login(Rows.JSON.readTree(orEmpty(request.body())));
        } catch (IOException e) {
          reply = WapiReply.error(400, "The request body is not valid JSON");
        }
        FakeHttp.send(exchange, reply, faults.bom());
        return;
      }
      if (!tokens.accepts(request)) {
        FakeHttp.send(exchange, WapiReply.error(401, "Authorization has been denied for this request."), false);
        return;
      }
      faults.slowDown(request.path());
      RentManagerFault fault = faults.next(request.method(), request.path()).orElse(null);
      if (fault instanceof RentManagerFault.Reset) {
        FakeHttp.dropMidReply(exchange);
        return;
      }
      if (fault != null && !(fault instanceof RentManagerFault.AcceptThenStall)) {
        FakeHttp.send(exchange, FakeFaults.reply(fault), false);
        return;
      }
      WapiReply reply = routes.answer(request, exchange.getRequestURI().getRawQuery());
      if (fault != null) {
        FakeFaults.stall(((RentManagerFault.AcceptThenStall) fault).hold());
      }
      FakeHttp.send(exchange, reply, faults.bom());
    }
  }

  private static String orEmpty(String body) {
    return body.isBlank() ? "null" : body;
  }
}
