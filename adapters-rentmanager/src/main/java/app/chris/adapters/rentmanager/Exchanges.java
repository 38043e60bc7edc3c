package app.chris.adapters.rentmanager;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * One request with Rent Manager's recovery rules: a 401 re-authenticates once and replays; a 429 sleeps until the
 * advertised reset; 5xx and transport errors back off and retry, but only for idempotent requests.
 */
final class Exchanges {
  private static final Pattern LINK = Pattern.compile("<([^>]*)>\\s*;\\s*rel=\"?([A-Za-z]+)\"?");

  /** A 2xx or 404 reply, read whole; {@code linked} when the server sent paging links at all. */
  record Reply(int code, String body, Optional<String> next, boolean linked) {}

  private final OkHttpClient http;
  private final RentManagerSession session;
  private final RetryPolicy retry;
  private final Clock clock;
  private final ObjectMapper json;

  Exchanges(OkHttpClient http, RentManagerSession session, RetryPolicy retry, Clock clock, ObjectMapper json) {
    this.http = http;
    this.session = session;
    this.retry = retry;
    this.clock = clock;
    this.json = json;
  }

  Exchanges live(Duration timeout) {
    OkHttpClient bounded = http.newBuilder().callTimeout(timeout).build();
    return new Exchanges(bounded, session, new RetryPolicy(1, Duration.ZERO, Duration.ZERO), clock, json);
  }

  RentManagerSession session() {
    return session;
  }

  Reply send(Request.Builder template, boolean idempotent, String what) {
    boolean renewed = false;
    for (int failures = 0; ; ) {
      Request.Builder request = template.build().newBuilder();
      Optional<String> token = session.authorize(request);
      Duration wait;
      try (Response response = http.newCall(request.build()).execute()) {
        int code = response.code();
        if (code == 401 && session.canRenew() && !renewed) {
          session.expire(token);
          renewed = true;
          continue;
        }
        if (code == 429) {
          wait = RateLimits.waitFor(response, clock).orElse(retry.backoff(failures));
          if (++failures >= retry.maxAttempts() || wait.compareTo(retry.maxRateLimitWait()) > 0) {
            throw Failures.rateLimited(what, wait);
          }
        } else {
          String body = Bodies.text(response);
          if (response.isSuccessful() || code == 404) {
            return new Reply(code, body, nextLink(response), !response.headers("Link").isEmpty());
          }
          if (!idempotent || !Failures.retryable(code) || ++failures >= retry.maxAttempts()) {
            throw Failures.ofStatus(code, body, json, what);
          }
          wait = retry.backoff(failures);
        }
      } catch (IOException e) {
        if (!idempotent || ++failures >= retry.maxAttempts()) {
          throw Failures.ofTransport(e, what);
        }
        wait = retry.backoff(failures);
      }
      RetryPolicy.sleep(wait);
    }
  }

  private static Optional<String> nextLink(Response response) {
    for (String header : response.headers("Link")) {
      Matcher m = LINK.matcher(header);
      while (m.find()) {
        if ("next".equalsIgnoreCase(m.group(2))) {
          return Optional.of(m.group(1));
        }
      }
    }
    return Optional.empty();
  }
}
