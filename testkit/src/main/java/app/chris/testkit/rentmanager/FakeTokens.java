package app.chris.testkit.rentmanager;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The fake's token rules: a login returns a quoted token; a user holds at most {@value #MAX_TOKENS} live tokens
 * (the 11th login is refused, as Rent Manager does); {@link #expireAll} ends every token as an idle timeout
 * would. The partner token is always accepted. Thread-safe.
 */
public final class FakeTokens {
  public static final int MAX_TOKENS = 10;

  private final Set<String> live = new LinkedHashSet<>();
  private final AtomicInteger logins = new AtomicInteger();

  synchronized WapiReply login(JsonNode body) {
    logins.incrementAndGet();
    String user = field(body, "username");
    String password = field(body, "password");
    if (!FakeRentManagerServer.USER.equals(user) || !FakeRentManagerServer.PASSWORD.equals(password)) {
      return WapiReply.error(401, "The user name or password is incorrect.");
    }
    if (live.size() >= MAX_TOKENS) {
      return WapiReply.error(401, "User " + user + " has logged in the maximum number of times allowed.");
    }
    String token = UUID.randomUUID().toString().replace("-", "");
    live.add(token);
    return WapiReply.json(200, "\"" + token + "\"");
  }

  synchronized boolean accepts(RecordedRentManagerRequest request) {
    if (request.partnerToken().isPresent()) {
      return request.partnerToken().get().equals(FakeRentManagerServer.PARTNER_TOKEN);
    }
    return request.apiToken().map(live::contains).orElse(false);
  }

  /** Every token dies (idle timeout, password change): the next call with one gets 401. */
  public synchronized void expireAll() {
    live.clear();
  }

  /** Login attempts, refused ones included. */
  public int logins() {
    return logins.get();
  }

  public synchronized int live() {
    return live.size();
  }

  /** Keys bind case-insensitively, as in Rent Manager. */
  private static String field(JsonNode body, String name) {
    if (body == null || !body.isObject()) {
      return "";
    }
    for (var e : body.properties()) {
      if (e.getKey().toLowerCase(Locale.ROOT).equals(name)) {
        return e.getValue().asText("");
      }
    }
    return "";
  }
}
