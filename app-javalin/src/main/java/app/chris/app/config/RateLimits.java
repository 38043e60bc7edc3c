package app.chris.app.config;

import java.util.Objects;
import java.util.Optional;

/**
 * Per-client-address request limits on the public routes (token buckets): {@code perMinute} sustained with bursts of
 * {@code burst} on the Twilio webhooks and media upgrade and on {@code /api}, and {@code loginPerMinute} sign-in
 * attempts. Zero turns a limit off. Twilio calls from a shared pool of addresses, so its defaults are generous.
 * Behind a proxy every request comes from the proxy: {@code clientAddressHeader} (e.g. {@code X-Forwarded-For})
 * names the header whose last entry, appended by the proxy, is the client.
 */
public record RateLimits(int perMinute, int burst, int loginPerMinute, Optional<String> clientAddressHeader) {
  /** 50 requests a second sustained, 300 at once: far above a busy line, far below a flood. */
  public static final RateLimits DEFAULTS = new RateLimits(3000, 300, 20, Optional.empty());

  public RateLimits {
    if (perMinute < 0 || burst < 0 || loginPerMinute < 0) {
      throw new IllegalArgumentException("rate limits must not be negative");
    }
    Objects.requireNonNull(clientAddressHeader, "clientAddressHeader");
  }

  static RateLimits read(Env env) {
    return new RateLimits((int) env.whole("RATE_LIMIT_PER_MINUTE", DEFAULTS.perMinute, 0, 1_000_000),
        (int) env.whole("RATE_LIMIT_BURST", DEFAULTS.burst, 0, 1_000_000),
        (int) env.whole("LOGIN_RATE_LIMIT_PER_MINUTE", DEFAULTS.loginPerMinute, 0, 10_000),
        env.get("CLIENT_ADDRESS_HEADER").filter(h -> !h.isBlank()));
  }
}
