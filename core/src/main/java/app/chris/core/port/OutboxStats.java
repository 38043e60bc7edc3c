package app.chris.core.port;

/**
 * Counts of outbox rows by state, for /ready and the dashboard. {@code waiting} counts the pending rows that have
 * never been attempted because nothing is configured to deliver them (see {@link Outbox#markWaiting}).
 */
public record OutboxStats(long pending, long sent, long dead, long waiting) {
  public OutboxStats(long pending, long sent, long dead) {
    this(pending, sent, dead, 0);
  }
}
