package app.chris.testkit.fault;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Which requests of one fake vendor server get which {@link VendorFault}: rules matched in order by path prefix,
 * each for the next N matching requests or until {@link #clear()} (the vendor is down). Records what it applied.
 * Thread-safe.
 */
public final class FaultPlan {
  private static final int UNTIL_CLEARED = -1;

  private static final class Rule {
    final String pathPrefix;
    final VendorFault fault;
    int remaining;
    int healthyFirst;

    Rule(String pathPrefix, VendorFault fault, int remaining, int healthyFirst) {
      this.pathPrefix = pathPrefix.toLowerCase(Locale.ROOT);
      this.fault = Objects.requireNonNull(fault, "fault");
      this.remaining = remaining;
      this.healthyFirst = healthyFirst;
    }
  }

  private final List<Rule> rules = new ArrayList<>();
  private final List<VendorFault> applied = new ArrayList<>();

  /** The next {@code times} requests (any path) get {@code fault}. */
  public FaultPlan next(int times, VendorFault fault) {
    return next(times, "/", fault);
  }

  /** The next {@code times} requests whose path starts with {@code pathPrefix} get {@code fault}. */
  public synchronized FaultPlan next(int times, String pathPrefix, VendorFault fault) {
    if (times < 1) {
      throw new IllegalArgumentException("times must be positive");
    }
    rules.add(new Rule(pathPrefix, fault, times, 0));
    return this;
  }

  /** Every request (any path) gets {@code fault} until {@link #clear()}. */
  public FaultPlan always(VendorFault fault) {
    return always("/", fault);
  }

  public synchronized FaultPlan always(String pathPrefix, VendorFault fault) {
    return afterHealthy(0, pathPrefix, fault);
  }

  /**
   * The next {@code healthy} requests to {@code pathPrefix} are served normally, then every one gets {@code fault}
   * until {@link #clear()}: a vendor that breaks in the middle of a turn (e.g. after asking for a tool).
   */
  public synchronized FaultPlan afterHealthy(int healthy, String pathPrefix, VendorFault fault) {
    if (healthy < 0) {
      throw new IllegalArgumentException("healthy must not be negative");
    }
    rules.add(new Rule(pathPrefix, fault, UNTIL_CLEARED, healthy));
    return this;
  }

  /** The vendor is healthy again: no more faults. */
  public synchronized void clear() {
    rules.clear();
  }

  /** The fault for a request to {@code path}, if a rule matches (and one use of it is consumed). */
  public synchronized Optional<VendorFault> take(String path) {
    String p = path.toLowerCase(Locale.ROOT);
    for (Iterator<Rule> it = rules.iterator(); it.hasNext(); ) {
      Rule rule = it.next();
      if (!p.startsWith(rule.pathPrefix)) {
        continue;
      }
      if (rule.healthyFirst > 0) {
        rule.healthyFirst--;
        return Optional.empty();
      }
      if (rule.remaining != UNTIL_CLEARED && --rule.remaining == 0) {
        it.remove();
      }
      applied.add(rule.fault);
      return Optional.of(rule.fault);
    }
    return Optional.empty();
  }

  /** Every fault applied so far, in order. */
  public synchronized List<VendorFault> applied() {
    return List.copyOf(applied);
  }
}
