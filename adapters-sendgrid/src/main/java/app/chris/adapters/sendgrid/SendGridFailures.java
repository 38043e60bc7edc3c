package app.chris.adapters.sendgrid;

import app.chris.core.port.FailureKind;
import app.chris.core.port.PortException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sendgrid.Response;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Translates what sendgrid-java hands back into {@link PortException}s. sendgrid-java returns every status as a
 * {@link Response} (it never throws on 4xx/5xx) and its header map is case-sensitive, so both are handled here.
 */
final class SendGridFailures {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int MAX_DETAIL = 300;

  private SendGridFailures() {}

  static Optional<PortException> of(Response response, Instant now) {
    int status = response.getStatusCode();
    if (status >= 200 && status < 300) {
      // SendGrid accepts with an empty body (202, or 200 in sandbox mode). A 2xx carrying a body did not come
      // from mail send (a proxy or a garbled reply): not proof of delivery, so the outbox tries again.
      boolean empty = response.getBody() == null || response.getBody().isBlank();
      return empty ? Optional.empty() : Optional.of(new PortException(FailureKind.UNAVAILABLE,
          "SendGrid " + status + " with an unexpected body: not taken as accepted"));
    }
    String message = "SendGrid " + status + ": " + detail(response.getBody());
    if (status == 401 || status == 403) {
      return Optional.of(new PortException(FailureKind.AUTHENTICATION, message));
    }
    if (status == 429) {
      return Optional.of(new PortException(FailureKind.RATE_LIMITED, message, null, retryAfter(response, now)));
    }
    if (status == 408) {
      return Optional.of(new PortException(FailureKind.TIMEOUT, message));
    }
    if (status >= 500) {
      return Optional.of(new PortException(FailureKind.UNAVAILABLE, message));
    }
    if (status >= 400) {
      return Optional.of(new PortException(FailureKind.INVALID_REQUEST, message));
    }
    return Optional.of(new PortException(FailureKind.UNKNOWN, message));
  }

  static PortException of(IOException e) {
    FailureKind kind = e instanceof SocketTimeoutException || e instanceof InterruptedIOException
        ? FailureKind.TIMEOUT
        : FailureKind.UNAVAILABLE;
    return new PortException(kind, "SendGrid unreachable: " + e.getClass().getSimpleName(), e);
  }

  /** The error messages SendGrid sent, e.g. "from: The from address does not match a verified Sender…". */
  static String detail(String body) {
    if (body == null || body.isBlank()) {
      return "(empty body)";
    }
    try {
      SendGridErrorJson parsed = JSON.readValue(body, SendGridErrorJson.class);
      if (parsed.errors() == null || parsed.errors().isEmpty()) {
        return "(no error details)";
      }
      String joined = parsed.errors().stream().filter(Objects::nonNull)
          .map(e -> (e.field() == null ? "" : e.field() + ": ") + Objects.toString(e.message(), "?"))
          .collect(Collectors.joining("; "));
      return joined.length() > MAX_DETAIL ? joined.substring(0, MAX_DETAIL) + "…" : joined;
    } catch (IOException notJson) {
      return "(unreadable error body)";
    }
  }

  /** SendGrid sends X-RateLimit-Reset (epoch seconds); a proxy in between may send Retry-After (seconds). */
  private static Duration retryAfter(Response response, Instant now) {
    Optional<Duration> retryAfter = header(response.getHeaders(), "Retry-After").flatMap(SendGridFailures::number)
        .map(Duration::ofSeconds);
    Optional<Duration> untilReset = header(response.getHeaders(), "X-RateLimit-Reset")
        .flatMap(SendGridFailures::number)
        .map(epoch -> Duration.between(now, Instant.ofEpochSecond(epoch)));
    return retryAfter.or(() -> untilReset).filter(d -> !d.isNegative()).orElse(null);
  }

  private static Optional<String> header(Map<String, String> headers, String name) {
    if (headers == null) {
      return Optional.empty();
    }
    return headers.entrySet().stream().filter(e -> name.equalsIgnoreCase(e.getKey()))
        .map(Map.Entry::getValue).filter(Objects::nonNull).findFirst();
  }

  private static Optional<Long> number(String text) {
    try {
      return Optional.of(Long.parseLong(text.strip()));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }
}
