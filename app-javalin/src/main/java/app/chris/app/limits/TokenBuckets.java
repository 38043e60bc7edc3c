package app.chris.app.limits;

import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * One token bucket per client address: {@code capacity} tokens, refilled at {@code perMinute}. Memory is bounded:
 * past {@code maxAddresses} the least recently seen address is forgotten (its next request starts with a full
 * bucket, which only ever errs towards serving). Thread-safe.
 */
public final class TokenBuckets {
  private final Clock clock;
  private final double capacity;
  private final double perMilli;
  private final Map<String, Bucket> buckets;

  public TokenBuckets(Clock clock, int perMinute, int capacity, int maxAddresses) {
    if (perMinute <= 0 || capacity <= 0 || maxAddresses <= 0) {
      throw new IllegalArgumentException("rate, capacity and addresses must be positive");
    }
    this.clock = clock;
    this.capacity = capacity;
    this.perMilli = perMinute / 60_000.0;
    this.buckets = new LinkedHashMap<>(64, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
        return size() > maxAddresses;
      }
    };
  }

  /** Takes a token for {@code address}; empty when allowed, else how long until the next token. */
  public synchronized Optional<Duration> take(String address) {
    long now = clock.millis();
    Bucket b = buckets.computeIfAbsent(address, a -> new Bucket(capacity, now));
    b.tokens = Math.min(capacity, b.tokens + Math.max(0, now - b.at) * perMilli);
    b.at = now;
    if (b.tokens >= 1) {
      b.tokens -= 1;
      return Optional.empty();
    }
    return Optional.of(Duration.ofMillis((long) Math.ceil((1 - b.tokens) / perMilli)));
  }

  synchronized int tracked() {
    return buckets.size();
  }

  private static final class Bucket {
    private double tokens;
    private long at;

    private Bucket(double tokens, long at) {
      this.tokens = tokens;
      this.at = at;
    }
  }
}
