package app.chris.adapters.openai;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * A small consecutive-failure circuit breaker so a dead provider is skipped at once and the core fails over
 * without waiting for timeouts. After {@code openFor} one trial request is let through (half-open). Thread-safe.
 */
final class CircuitBreaker {
  private final int threshold;
  private final Duration openFor;
  private final Clock clock;
  private int consecutiveFailures;
  private Instant openUntil = Instant.MIN;
  private boolean trialInFlight;
  private boolean lastSucceeded;

  CircuitBreaker(int threshold, Duration openFor, Clock clock) {
    this.threshold = threshold;
    this.openFor = openFor;
    this.clock = clock;
  }

  /** True when a request may go out now; claims the single half-open trial when the open period is over. */
  synchronized boolean tryAcquire() {
    if (consecutiveFailures < threshold) {
      return true;
    }
    if (trialInFlight || clock.instant().isBefore(openUntil)) {
      return false;
    }
    trialInFlight = true;
    return true;
  }

  synchronized void recordSuccess() {
    consecutiveFailures = 0;
    trialInFlight = false;
    lastSucceeded = true;
  }

  synchronized void recordFailure() {
    consecutiveFailures++;
    trialInFlight = false;
    lastSucceeded = false;
    if (consecutiveFailures >= threshold) {
      openUntil = clock.instant().plus(openFor);
    }
  }

  /** Releases a claimed request that ended in a way that says nothing about the provider's health. */
  synchronized void recordNeutral() {
    trialInFlight = false;
  }

  /** True when the latest request that said anything about the provider succeeded; false before any. */
  synchronized boolean provenHealthy() {
    return lastSucceeded;
  }

  synchronized boolean isOpen() {
    return consecutiveFailures >= threshold && clock.instant().isBefore(openUntil);
  }
}
