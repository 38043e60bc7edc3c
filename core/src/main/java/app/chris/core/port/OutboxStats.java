package app.chris.core.port;

/** Counts of outbox rows by state, for /ready and the dashboard. */
public record OutboxStats(long pending, long sent, long dead) {}
