package app.chris.app.limits;

import app.chris.app.config.RateLimits;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.TooManyRequestsResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;

/**
 * Refuses floods from one client address on the public routes: Twilio's webhooks and media socket upgrade,
 * unauthenticated {@code /api} requests (token guessing; evaluation suites with the token are never slowed), and
 * sign-in. A refused request gets 429 with {@code Retry-After} (seconds) and the JSON error body of
 * contracts/http-api.md, before any handler or body parsing runs. Counts what it refused.
 */
public final class Throttle {
  static final int ADDRESSES = 10_000;

  private final Optional<TokenBuckets> general;
  private final Optional<TokenBuckets> login;
  private final AtomicLong refused = new AtomicLong();
  private final Optional<String> clientHeader;

  private final Predicate<Context> authenticated;

  public Throttle(RateLimits limits, Clock clock, Predicate<Context> authenticated) {
    this.authenticated = authenticated;
    clientHeader = limits.clientAddressHeader();
    general = limits.perMinute() == 0 || limits.burst() == 0 ? Optional.empty()
        : Optional.of(new TokenBuckets(clock, limits.perMinute(), limits.burst(), ADDRESSES));
    login = limits.loginPerMinute() == 0 ? Optional.empty()
        : Optional.of(new TokenBuckets(clock, limits.loginPerMinute(), limits.loginPerMinute(), ADDRESSES));
  }

  public void register(JavalinConfig cfg) {
    general.ifPresent(buckets -> {
      cfg.routes.before("/twilio/*", ctx -> check(ctx, buckets));
      cfg.routes.before("/api/*", ctx -> {
        if (!authenticated.test(ctx)) {
          check(ctx, buckets);
        }
      });
      cfg.routes.wsBeforeUpgrade("/twilio/*", ctx -> {
        Optional<Duration> wait = buckets.take(address(ctx));
        if (wait.isPresent()) {
          refused.incrementAndGet();
          ctx.header("Retry-After", seconds(wait.get()));
          throw new TooManyRequestsResponse("Too many requests from your address.");
        }
      });
    });
    login.ifPresent(buckets -> cfg.routes.before("/login", ctx -> {
      if ("POST".equals(ctx.method().name())) {
        check(ctx, buckets);
      }
    }));
  }

  /** Requests refused since start. */
  public long refused() {
    return refused.get();
  }

  private void check(Context ctx, TokenBuckets buckets) {
    Optional<Duration> wait = buckets.take(address(ctx));
    if (wait.isEmpty()) {
      return;
    }
    refused.incrementAndGet();
    ctx.header("Retry-After", seconds(wait.get()));
    Map<String, String> body = new LinkedHashMap<>();
    body.put("error", "rate_limited");
    body.put("message", "Too many requests from your address; try again in " + seconds(wait.get()) + " s.");
    ctx.status(429).json(body);
    ctx.skipRemainingHandlers();
  }

  // The proxy appends the address it saw last; earlier entries are whatever the client claimed.
  private String address(Context ctx) {
    return clientHeader.map(ctx::header).map(h -> h.substring(h.lastIndexOf(',') + 1).strip())
        .filter(a -> !a.isEmpty()).orElseGet(ctx::ip);
  }

  private static String seconds(Duration wait) {
    return Long.toString(Math.max(1, (wait.toMillis() + 999) / 1000));
  }
}
