package app.chris.app.dashboard;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;

/**
 * Same-origin check for the live socket and state-changing requests: the browser's {@code Origin} must name this
 * server, either as the request's own {@code Host} or as {@code PUBLIC_BASE_URL}. Thread-safe.
 */
final class Origins {
  private final String publicAuthority;

  Origins(URI publicBaseUrl) {
    this.publicAuthority = authority(publicBaseUrl.toString()).orElse("");
  }

  /** True when {@code origin} is this server; a missing origin is refused (browsers always send one here). */
  boolean allows(String origin, String host) {
    Optional<String> from = authority(origin);
    if (from.isEmpty()) {
      return false;
    }
    return from.get().equals(publicAuthority) || (host != null && from.get().equals(host.toLowerCase(Locale.ROOT)));
  }

  private static Optional<String> authority(String url) {
    if (url == null || url.isBlank() || "null".equals(url)) {
      return Optional.empty();
    }
    try {
      URI uri = URI.create(url.strip());
      return Optional.ofNullable(uri.getRawAuthority()).map(a -> a.toLowerCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
