package app.chris.testkit.twilio;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs webhooks the way Twilio does ({@code X-Twilio-Signature}): Base64(HMAC-SHA1(authToken, url + each form
 * field name and value, sorted by name)). Written independently of the adapter so tests check one against the
 * other. Immutable, thread-safe.
 */
public final class TwilioWebhookSigner {
  public static final String HEADER = "X-Twilio-Signature";

  private final String authToken;

  public TwilioWebhookSigner(String authToken) {
    this.authToken = Objects.requireNonNull(authToken, "authToken");
  }

  /** Signature of a form POST (or, with no fields, of a GET / WebSocket upgrade) to {@code url}. */
  public String sign(String url, Map<String, String> fields) {
    Map<String, List<String>> multi = new TreeMap<>();
    fields.forEach((k, v) -> multi.put(k, List.of(v)));
    return signMulti(url, multi);
  }

  /** Same for forms with repeated fields: each value is appended, values sorted. */
  public String signMulti(String url, Map<String, List<String>> fields) {
    StringBuilder data = new StringBuilder(url);
    new TreeMap<>(fields).forEach((name, values) -> {
      List<String> sorted = new ArrayList<>(values);
      sorted.sort(null);
      sorted.forEach(value -> data.append(name).append(value));
    });
    try {
      Mac mac = Mac.getInstance("HmacSHA1");
      mac.init(new SecretKeySpec(authToken.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
      return Base64.getEncoder().encodeToString(mac.doFinal(data.toString().getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
