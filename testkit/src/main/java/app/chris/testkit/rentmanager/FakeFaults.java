package app.chris.testkit.rentmanager;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Faults for {@link FakeRentManagerServer}: one-shot faults for the next request matching a method and path
 * prefix (FIFO), standing delays per path prefix, and BOM-prefixed bodies. Thread-safe.
 */
public final class FakeFaults {
  private record Armed(String method, String pathPrefix, RentManagerFault fault) {}

  private final Deque<Armed> armed = new ArrayDeque<>();
  private final Map<String, Duration> delays = new ConcurrentHashMap<>();
  private volatile boolean bom;

  /** The next {@code times} requests with this method ("*" for any) and path prefix get {@code fault}. */
  public synchronized FakeFaults inject(int times, String method, String pathPrefix, RentManagerFault fault) {
    for (int i = 0; i < times; i++) {
      armed.addLast(new Armed(method, pathPrefix.toLowerCase(Locale.ROOT), fault));
    }
    return this;
  }

  public FakeFaults inject(String method, String pathPrefix, RentManagerFault fault) {
    return inject(1, method, pathPrefix, fault);
  }

  /** Every request whose path starts with {@code pathPrefix} waits {@code delay} first (ZERO clears). */
  public FakeFaults slow(String pathPrefix, Duration delay) {
    delays.put(pathPrefix.toLowerCase(Locale.ROOT), delay);
    return this;
  }

  /** Prefix every body with a UTF-8 byte order mark, as some Rent Manager hosts do. */
  public FakeFaults bom(boolean on) {
    bom = on;
    return this;
  }

  public synchronized int pending() {
    return armed.size();
  }

  boolean bom() {
    return bom;
  }

  synchronized Optional<RentManagerFault> next(String method, String path) {
    String p = path.toLowerCase(Locale.ROOT);
    for (Iterator<Armed> it = armed.iterator(); it.hasNext(); ) {
      Armed a = it.next();
      if ((a.method().equals("*") || a.method().equals(method)) && p.startsWith(a.pathPrefix())) {
        it.remove();
        return Optional.of(a.fault());
      }
    }
    return Optional.empty();
  }

  void slowDown(String path) {
    String p = path.toLowerCase(Locale.ROOT);
    delays.forEach((prefix, delay) -> {
      if (p.startsWith(prefix)) {
        stall(delay);
      }
    });
  }

  static WapiReply reply(RentManagerFault fault) {
    if (fault instanceof RentManagerFault.Status) {
      return WapiReply.error(((RentManagerFault.Status) fault).code(), "Injected failure");
    }
    if (fault instanceof RentManagerFault.RateLimited) {
      long reset = (System.currentTimeMillis() + ((RentManagerFault.RateLimited) fault).resetIn().toMillis()) / 1000;
      return WapiReply.error(429, "Rate limit exceeded").withHeader("x-ratelimit-remaining", "0")
          .withHeader("x-ratelimit-reset", String.valueOf(reset));
    }
    throw new IllegalStateException("unhandled " + fault);
  }

  static void stall(Duration d) {
    try {
      Thread.sleep(d.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
