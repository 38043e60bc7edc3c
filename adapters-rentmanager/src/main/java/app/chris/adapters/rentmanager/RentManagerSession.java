package app.chris.adapters.rentmanager;

import app.chris.core.port.FailureKind;
import app.chris.core.port.PortException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * The process's one Rent Manager credential. A user may hold at most 10 tokens, so one token is cached and shared
 * by every caller; concurrent callers wait on a single login (the lock) instead of each logging in. In
 * partner-token mode there is no login at all. Thread-safe.
 */
final class RentManagerSession {
  static final String TOKEN_HEADER = "X-RM12Api-ApiToken";
  static final String PARTNER_HEADER = "X-RM12Api-PartnerToken";
  static final String LOCATION_HEADER = "X-RM12Api-LocationID";
  private static final MediaType JSON_TYPE = MediaType.get("application/json; charset=utf-8");

  private final RentManagerSettings settings;
  private final OkHttpClient http;
  private final ObjectMapper json;
  private final Object lock = new Object();
  private final AtomicInteger logins = new AtomicInteger();
  private String token; // guarded by lock

  RentManagerSession(RentManagerSettings settings, OkHttpClient http, ObjectMapper json) {
    this.settings = settings;
    this.http = http;
    this.json = json;
  }

  /** Adds the credential and location headers; returns the token used, to hand back to {@link #expire}. */
  Optional<String> authorize(Request.Builder request) {
    settings.locationId().ifPresent(id -> request.header(LOCATION_HEADER, String.valueOf(id)));
    if (settings.partnerToken().isPresent()) {
      request.header(PARTNER_HEADER, settings.partnerToken().get());
      return Optional.empty();
    }
    String current = token();
    request.header(TOKEN_HEADER, current);
    return Optional.of(current);
  }

  /** Forgets {@code stale} after a 401, unless another caller already replaced it (then no second login). */
  void expire(Optional<String> stale) {
    synchronized (lock) {
      if (stale.isPresent() && stale.get().equals(token)) {
        token = null;
      }
    }
  }

  boolean canRenew() {
    return settings.partnerToken().isEmpty();
  }

  int logins() {
    return logins.get();
  }

  private String token() {
    synchronized (lock) {
      if (token == null) {
        token = login();
      }
      return token;
    }
  }

  private String login() {
    ObjectNode body = json.createObjectNode()
        .put("Username", settings.username().orElseThrow())
        .put("Password", settings.password().orElseThrow());
    settings.locationId().ifPresent(id -> body.put("LocationID", id));
    Request request = new Request.Builder()
        .url(RentManagerClient.resolve(settings.baseUrl(), "/Authentication/AuthorizeUser"))
        .post(RequestBody.create(body.toString(), JSON_TYPE)).build();
    logins.incrementAndGet();
    try (Response response = http.newCall(request).execute()) {
      String text = Bodies.text(response);
      if (!response.isSuccessful()) {
        throw loginRefused(response.code(), text);
      }
      return parseToken(text);
    } catch (IOException e) {
      throw new PortException(FailureKind.UNAVAILABLE, "Rent Manager login failed: " + e.getMessage(), e);
    }
  }

  private PortException loginRefused(int code, String text) {
    if (code >= 500) {
      return new PortException(FailureKind.UNAVAILABLE, "Rent Manager login failed with HTTP " + code);
    }
    String why = text.contains("maximum number of times")
        ? "the user holds the maximum number of tokens (10); free one or use a partner token"
        : "credentials refused";
    return new PortException(FailureKind.AUTHENTICATION, "Rent Manager login: " + why + " (HTTP " + code + ")");
  }

  /** A 200 body is a JSON string literal; some clients also see {"Token": ...}. */
  private String parseToken(String text) throws IOException {
    JsonNode node = json.readTree(text);
    String value = node.isTextual() ? node.asText() : node.path("Token").asText("");
    if (value.isBlank()) {
      throw new PortException(FailureKind.AUTHENTICATION, "Rent Manager login returned no token");
    }
    return value;
  }
}
