package app.chris.core.outbox;

import java.time.Duration;
import java.util.Objects;

/**
 * How the {@link OutboxWorker} retries: at most {@code maxAttempts} deliveries per row, backing off from
 * {@code baseBackoff} doubling up to {@code maxBackoff}; {@code batchSize} rows per run, each leased for
 * {@code lease} (longer than a batch can take, or a second worker may deliver the same row).
 */
public record OutboxSettings(
    int maxAttempts, Duration baseBackoff, Duration maxBackoff, int batchSize, Duration lease) {

  public OutboxSettings {
    Objects.requireNonNull(baseBackoff, "baseBackoff");
    Objects.requireNonNull(maxBackoff, "maxBackoff");
    Objects.requireNonNull(lease, "lease");
    if (maxAttempts < 1 || batchSize < 1) {
      throw new IllegalArgumentException("maxAttempts and batchSize must be at least 1");
    }
    if (baseBackoff.isNegative() || baseBackoff.isZero() || maxBackoff.compareTo(baseBackoff) < 0) {
      throw new IllegalArgumentException("need 0 < baseBackoff <= maxBackoff");
    }
    if (lease.isNegative() || lease.isZero()) {
      throw new IllegalArgumentException("lease must be positive");
    }
  }

  /**
   * 12 attempts, 5 s doubling to 15 min: about an hour of retries, so a SendGrid or Rent Manager outage of
   * tens of minutes ends delivered, not dead. The 5 min lease covers a batch of 20 slow (15 s) calls.
   */
  public static OutboxSettings defaults() {
    return new OutboxSettings(12, Duration.ofSeconds(5), Duration.ofMinutes(15), 20, Duration.ofMinutes(5));
  }
}
