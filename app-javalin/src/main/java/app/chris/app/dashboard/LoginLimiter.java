package app.chris.app.dashboard;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Limits failed logins per client address: after {@code maxFailures} within {@code window}, further attempts are
 * refused until the oldest failure leaves the window. Bounded memory (the least recently seen addresses are
 * forgotten first). Thread-safe.
 */
final class LoginLimiter {
  private static final int ADDRESSES = 10_000;

  private final Clock clock;
  private final int maxFailures;
  private final Duration window;
  private final Map<String, Deque<Instant>> failures = new LinkedHashMap<>(16, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<String, Deque<Instant>> eldest) {
      return size() > ADDRESSES;
    }
  };

  LoginLimiter(Clock clock, int maxFailures, Duration window) {
    this.clock = clock;
    this.maxFailures = maxFailures;
    this.window = window;
  }

  /** True when this address may try to log in now. */
  synchronized boolean allows(String address) {
    Deque<Instant> recent = recent(address);
    return recent.size() < maxFailures;
  }

  synchronized void failed(String address) {
    recent(address).addLast(clock.instant());
  }

  synchronized void succeeded(String address) {
    failures.remove(address);
  }

  private Deque<Instant> recent(String address) {
    Deque<Instant> recent = failures.computeIfAbsent(address, a -> new ArrayDeque<>());
    Instant cutoff = clock.instant().minus(window);
    while (!recent.isEmpty() && !recent.peekFirst().isAfter(cutoff)) {
      recent.removeFirst();
    }
    return recent;
  }
}
