package app.chris.testkit.sendgrid;

import app.chris.testkit.fault.ExchangeFaults;
import app.chris.testkit.fault.FaultPlan;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A local SendGrid v3 Mail Send ({@code POST /v3/mail/send}) on 127.0.0.1: checks the bearer key, validates the
 * body like SendGrid, answers 202 with {@code X-Message-Id} and records accepted mails (the latest
 * {@value #MAX_RECORDED}). Scripted replies ({@link #enqueue}) answer the next requests first. Thread-safe.
 */
public final class FakeSendGridServer implements AutoCloseable {
  public static final int MAX_RECORDED = 1_000;
  /** SendGrid allows 30 MB; a fake that keeps mails in memory stays smaller and answers 413 beyond it. */
  public static final int MAX_BODY_BYTES = 1 << 20;
  private static final ObjectMapper JSON = new ObjectMapper();

  private final HttpServer server;
  private final ExecutorService executor;
  private final String apiKey;
  private final Deque<SendGridReply> script = new ArrayDeque<>();
  private final Deque<ReceivedMail> received = new ArrayDeque<>();
  private final AtomicInteger requests = new AtomicInteger();
  private final FaultPlan faults = new FaultPlan();
  private final AtomicInteger messageIds = new AtomicInteger();

  private FakeSendGridServer(String apiKey) throws IOException {
    this.apiKey = Objects.requireNonNull(apiKey, "apiKey");
    this.server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 0);
    this.executor = Executors.newFixedThreadPool(2, r -> {
      Thread t = new Thread(r, "fake-sendgrid");
      t.setDaemon(true);
      return t;
    });
    server.setExecutor(executor);
    server.createContext("/", this::handle);
    server.start();
  }

  /** Starts on a free port, accepting requests that carry {@code Authorization: Bearer <apiKey>}. */
  public static FakeSendGridServer start(String apiKey) {
    try {
      return new FakeSendGridServer(apiKey);
    } catch (IOException e) {
      throw new UncheckedIOException("could not start the fake SendGrid server", e);
    }
  }

  /** {@code http://127.0.0.1:<port>}: the base URI to give a SendGrid client. */
  public URI baseUri() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  /** The next request gets {@code reply} as-is instead of the normal handling (queued; never recorded). */
  public synchronized void enqueue(SendGridReply reply) {
    script.addLast(reply);
  }

  public void enqueue(int times, SendGridReply reply) {
    for (int i = 0; i < times; i++) {
      enqueue(reply);
    }
  }

  /** Vendor faults, applied before the scripted replies and normal handling. */
  public FaultPlan faultPlan() {
    return faults;
  }

  /** Mails answered 202, oldest first. */
  public synchronized List<ReceivedMail> received() {
    return List.copyOf(received);
  }

  /** Every request that reached the server, including scripted and rejected ones. */
  public int requestCount() {
    return requests.get();
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      requests.incrementAndGet();
      if (ExchangeFaults.answered(faults, exchange)) {
        return;
      }
      HttpExchanges.reply(exchange, answer(exchange));
    }
  }

  private SendGridReply answer(HttpExchange exchange) throws IOException {
    if (!"POST".equals(exchange.getRequestMethod()) || !"/v3/mail/send".equals(exchange.getRequestURI().getPath())) {
      return SendGridReply.error(404, null, "resource not found");
    }
    Optional<byte[]> raw = HttpExchanges.readBounded(exchange, MAX_BODY_BYTES);
    if (raw.isEmpty()) {
      return SendGridReply.error(413, null, "content too large");
    }
    if (!("Bearer " + apiKey).equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
      return SendGridReply.unauthorized();
    }
    Optional<SendGridReply> scripted = nextScripted();
    if (scripted.isPresent()) {
      return scripted.get();
    }
    return accept(raw.get(), exchange);
  }

  private SendGridReply accept(byte[] raw, HttpExchange exchange) {
    JsonNode mail;
    try {
      mail = JSON.readTree(raw);
    } catch (IOException e) {
      return SendGridReply.badRequest(null, "Bad Request");
    }
    Optional<SendGridReply> invalid = mail == null || !mail.isObject()
        ? Optional.of(SendGridReply.badRequest(null, "Bad Request")) : MailSendRules.violation(mail);
    if (invalid.isPresent()) {
      return invalid.get();
    }
    if (mail.path("mail_settings").path("sandbox_mode").path("enable").asBoolean(false)) {
      return new SendGridReply(200, Map.of(), "");
    }
    String messageId = "fake-" + messageIds.incrementAndGet();
    record(new ReceivedMail(mail, HttpExchanges.lowerCasedHeaders(exchange), messageId));
    return new SendGridReply(202, Map.of("X-Message-Id", messageId), "");
  }

  private synchronized Optional<SendGridReply> nextScripted() {
    return Optional.ofNullable(script.pollFirst());
  }

  private synchronized void record(ReceivedMail mail) {
    received.addLast(mail);
    while (received.size() > MAX_RECORDED) {
      received.removeFirst();
    }
  }
}
