package app.chris.adapters.twilio;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Checks {@code X-Twilio-Signature}: Base64(HMAC-SHA1(authToken, url + sorted form fields)). The URL is rebuilt
 * from the configured public base URL, never from proxy headers. Thread-safe; an empty token refuses everything.
 */
public final class TwilioSignatureValidator {
  private final byte[] key;
  private final PublicUrls urls;

  public TwilioSignatureValidator(String authToken, PublicUrls urls) {
    this.key = Objects.requireNonNull(authToken, "authToken").getBytes(StandardCharsets.UTF_8);
    this.urls = Objects.requireNonNull(urls, "urls");
  }

  /** A webhook (form POST or GET) received on {@code path} with the raw query string as it arrived. */
  public boolean isValid(WebhookRequest request) {
    String url = urls.webhook(request.path(), request.rawQuery());
    return request.signature().map(sig -> matches(url, request.form(), sig)).orElse(false);
  }

  /** The Media Streams WebSocket upgrade: signed over the {@code wss://} URL with no form fields. */
  public boolean isValidUpgrade(String path, Optional<String> rawQuery, Optional<String> signature) {
    String url = urls.websocket(path, rawQuery);
    return signature.map(sig -> matches(url, Map.of(), sig)).orElse(false);
  }

  /**
   * True when {@code signature} matches {@code url} as given, or with its port removed or the default port
   * added (Twilio's SDKs accept all three).
   */
  public boolean matches(String url, Map<String, List<String>> params, String signature) {
    if (key.length == 0 || signature == null || signature.isEmpty()) {
      return false;
    }
    byte[] given = signature.getBytes(StandardCharsets.UTF_8);
    boolean ok = false;
    for (String candidate : portVariants(url)) {
      // Evaluate every variant so the time taken does not depend on which one matched.
      ok |= MessageDigest.isEqual(given, sign(candidate, params).getBytes(StandardCharsets.UTF_8));
    }
    return ok;
  }

  /** The signature Twilio would send for {@code url} and {@code params}. */
  String sign(String url, Map<String, List<String>> params) {
    StringBuilder data = new StringBuilder(url);
    for (Map.Entry<String, List<String>> field : new TreeMap<>(params).entrySet()) {
      List<String> values = new ArrayList<>();
      for (String value : field.getValue()) {
        values.add(value == null ? "" : value);
      }
      values.sort(null);
      for (String value : values) {
        data.append(field.getKey()).append(value);
      }
    }
    try {
      Mac mac = Mac.getInstance("HmacSHA1");
      mac.init(new SecretKeySpec(key.length == 0 ? new byte[1] : key, "HmacSHA1"));
      byte[] digest = mac.doFinal(data.toString().getBytes(StandardCharsets.UTF_8));
      return Base64.getEncoder().encodeToString(digest);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA1 unavailable", e);
    }
  }

  private static List<String> portVariants(String url) {
    try {
      URI uri = new URI(url);
      if (uri.getHost() == null) {
        return List.of(url);
      }
      int defaultPort = "https".equalsIgnoreCase(uri.getScheme()) || "wss".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
      int withPort = uri.getPort() == -1 ? defaultPort : uri.getPort();
      return List.of(url, rebuild(uri, -1), rebuild(uri, withPort));
    } catch (URISyntaxException e) {
      return List.of(url);
    }
  }

  // Rebuilt from raw parts so percent-encoding and non-ASCII characters stay exactly as Twilio sent them.
  private static String rebuild(URI uri, int port) {
    StringBuilder s = new StringBuilder(uri.getScheme()).append("://");
    if (uri.getRawUserInfo() != null) {
      s.append(uri.getRawUserInfo()).append('@');
    }
    s.append(uri.getHost());
    if (port != -1) {
      s.append(':').append(port);
    }
    s.append(uri.getRawPath() == null ? "" : uri.getRawPath());
    if (uri.getRawQuery() != null) {
      s.append('?').append(uri.getRawQuery());
    }
    if (uri.getRawFragment() != null) {
      s.append('#').append(uri.getRawFragment());
    }
    return s.toString();
  }
}
