package app.chris.app;

import app.chris.app.api.ComponentStatus;
import app.chris.core.port.Outbox;
import app.chris.core.port.OutboxStats;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The outbox on {@code /ready}: rows pending, sent and dead, and the pending ones waiting for a channel to be
 * configured (email without SendGrid). A dead row is an email or write-back that was given
 * up on, so the outbox is degraded until someone deals with it; calls are still taken, so readiness holds.
 */
final class OutboxReadiness {
  private OutboxReadiness() {}

  static ComponentStatus of(Outbox outbox) {
    OutboxStats stats = outbox.stats();
    Map<String, Long> counts = new LinkedHashMap<>();
    counts.put("pending", stats.pending());
    counts.put("sent", stats.sent());
    counts.put("dead", stats.dead());
    counts.put("waiting", stats.waiting());
    ComponentStatus status = stats.dead() > 0
        ? ComponentStatus.degraded(stats.dead() + " dead (delivery given up; see the call records), "
            + stats.pending() + " pending")
        : ComponentStatus.up(stats.pending() + " pending" + (stats.waiting() > 0 ? " (" + stats.waiting()
            + " waiting: not configured)" : "") + ", " + stats.sent() + " sent");
    return status.withCounts(counts);
  }
}
