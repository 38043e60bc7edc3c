package app.chris.adapters.sendgrid;

import app.chris.core.port.Notice;
import app.chris.core.port.Notifier;
import app.chris.core.port.PortException;
import com.sendgrid.Client;
import com.sendgrid.Method;
import com.sendgrid.Request;
import com.sendgrid.Response;
import com.sendgrid.SendGrid;
import java.io.Closeable;
import java.io.IOException;
import java.time.Clock;
import java.util.Objects;
import org.apache.http.client.config.RequestConfig;
import org.apache.http.impl.client.CloseableHttpClient;
import org.apache.http.impl.client.HttpClients;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link Notifier} over SendGrid v3 Mail Send ({@code POST /v3/mail/send}) with sendgrid-java. Thread-safe;
 * blocking, with connect and read timeouts. Failures surface as {@link PortException}; retrying is the outbox's job.
 */
public final class SendGridNotifier implements Notifier, Closeable {
  private static final Logger log = LoggerFactory.getLogger(SendGridNotifier.class);
  private static final int CONNECT_TIMEOUT_MS = 5_000;
  private static final int READ_TIMEOUT_MS = 15_000;

  private final MailComposer composer;
  private final MailTransport transport;
  private final Clock clock;
  private final Closeable resources;

  public SendGridNotifier(SendGridSettings settings, Clock clock) {
    this(settings, httpClient(), clock);
  }

  private SendGridNotifier(SendGridSettings settings, CloseableHttpClient http, Clock clock) {
    this(settings.from(), sendGrid(settings, http)::api, clock, http);
  }

  SendGridNotifier(String from, MailTransport transport, Clock clock, Closeable resources) {
    this.composer = new MailComposer(Objects.requireNonNull(from, "from"));
    this.transport = Objects.requireNonNull(transport, "transport");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.resources = Objects.requireNonNull(resources, "resources");
  }

  @Override
  public void send(Notice notice, String idempotencyKey) {
    Objects.requireNonNull(notice, "notice");
    Objects.requireNonNull(idempotencyKey, "idempotencyKey");
    Request request = new Request();
    request.setMethod(Method.POST);
    request.setEndpoint("mail/send");
    request.setBody(composer.compose(notice, idempotencyKey));
    Response response;
    try {
      response = transport.send(request);
    } catch (IOException e) {
      throw SendGridFailures.of(e);
    }
    SendGridFailures.of(response, clock.instant()).ifPresent(failure -> {
      throw failure;
    });
    log.debug("SendGrid accepted notice {} (status {})", idempotencyKey, response.getStatusCode());
  }

  @Override
  public void close() throws IOException {
    resources.close();
  }

  private static SendGrid sendGrid(SendGridSettings settings, CloseableHttpClient http) {
    // The scheme is a constructor flag ("test" means http); setHost wants host[:port] without a scheme.
    SendGrid sendGrid = new SendGrid(settings.apiKey(), new Client(http, settings.plainHttp()));
    sendGrid.setHost(settings.hostAndPort());
    return sendGrid;
  }

  /** No automatic retries: a resent POST could deliver the email twice, and the outbox already retries. */
  private static CloseableHttpClient httpClient() {
    RequestConfig timeouts = RequestConfig.custom()
        .setConnectTimeout(CONNECT_TIMEOUT_MS)
        .setConnectionRequestTimeout(CONNECT_TIMEOUT_MS)
        .setSocketTimeout(READ_TIMEOUT_MS)
        .build();
    return HttpClients.custom().setDefaultRequestConfig(timeouts).disableAutomaticRetries().build();
  }
}
