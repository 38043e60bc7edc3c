package app.chris.core.outbox;

import app.chris.core.port.FailureKind;
import app.chris.core.port.Outbox;
import app.chris.core.port.OutboxEntry;
import app.chris.core.port.PortException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Settles one claimed outbox row: delivers it, then books it sent, due for a retry (jittered backoff), dead, or
 * waiting for its channel to be configured. Stateless apart from its counts; its worker runs it one row at a time.
 */
final class RowSettler {
  // Logged under the worker's name, as before this class existed: log settings that name the worker still apply.
  private static final Logger log = LoggerFactory.getLogger(OutboxWorker.class);
  private static final int MAX_ERROR_CHARS = 500;

  private final Outbox outbox;
  private final Deliveries deliveries;
  private final Clock clock;
  private final OutboxSettings settings;
  private final Backoff backoff;
  private final OutboxCounts counts;

  RowSettler(Outbox outbox, Deliveries deliveries, Clock clock, OutboxSettings settings, Backoff backoff,
      OutboxCounts counts) {
    this.outbox = outbox;
    this.deliveries = deliveries;
    this.clock = clock;
    this.settings = settings;
    this.backoff = backoff;
    this.counts = counts;
  }

  void settle(OutboxEntry entry) {
    try {
      deliveries.deliver(entry.message());
    } catch (PortException e) {
      if (e.kind() == FailureKind.NOT_CONFIGURED) {
        park(entry, e.getMessage());
      } else {
        failed(entry, e.kind(), e.retryAfter(), e.kind() + ": " + e.getMessage());
      }
      return;
    } catch (RuntimeException e) {
      // An adapter bug, not a vendor answer: retry like UNKNOWN, but keep its message (may hold data) out of logs.
      failed(entry, FailureKind.UNKNOWN, Optional.empty(), "UNKNOWN: " + e.getClass().getName());
      return;
    }
    if (book(entry, () -> outbox.markSent(entry.id(), clock.instant()))) {
      counts.delivered();
    }
  }

  private void failed(OutboxEntry entry, FailureKind kind, Optional<Duration> retryAfter, String error) {
    String kindOfEffect = Deliveries.kindOf(entry.message().effect());
    int attempt = Math.max(1, entry.attempts());
    String trimmed = trim(error);
    if (!kind.retryable() || attempt >= settings.maxAttempts()) {
      String reason = kind.retryable() ? "gave up after " + attempt + " attempts: " + trimmed : trimmed;
      if (book(entry, () -> outbox.markDead(entry.id(), reason))) {
        counts.dead();
        log.warn("outbox row {} ({}) is dead: {}", entry.id(), kindOfEffect, reason);
      }
      return;
    }
    Instant next = clock.instant().plus(backoff.after(attempt, retryAfter));
    if (book(entry, () -> outbox.markRetry(entry.id(), trimmed, next))) {
      counts.retried();
      log.info("outbox row {} ({}) attempt {} failed, retry at {}: {}", entry.id(), kindOfEffect, attempt, next, kind);
    }
  }

  /** Nothing could be tried: the row waits (no attempt counted) and is looked at again after the longest backoff. */
  private void park(OutboxEntry entry, String reason) {
    Instant next = clock.instant().plus(settings.maxBackoff());
    if (book(entry, () -> outbox.markWaiting(entry.id(), trim(reason), next))) {
      counts.waiting();
      log.debug("outbox row {} ({}) waits: {}", entry.id(), Deliveries.kindOf(entry.message().effect()), reason);
    }
  }

  private static String trim(String error) {
    return error.length() > MAX_ERROR_CHARS ? error.substring(0, MAX_ERROR_CHARS) : error;
  }

  /** Records an outcome; if the store fails, the lease runs out and the row is delivered again (same key). */
  private boolean book(OutboxEntry entry, Runnable mark) {
    try {
      mark.run();
      return true;
    } catch (RuntimeException e) {
      counts.error();
      log.warn("outbox row {} could not be updated: {}", entry.id(), e.toString());
      return false;
    }
  }
}
