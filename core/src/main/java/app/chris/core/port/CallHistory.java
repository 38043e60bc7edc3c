package app.chris.core.port;

import java.time.Instant;
import java.time.ZoneId;

/**
 * Read side of call history for the dashboard: searchable, paged lists and analytics, fast with 100,000 calls
 * (keyset pages over indexes, aggregates in the database). Also records per-turn metrics. Thread-safe.
 */
public interface CallHistory {
  /** Calls matching {@code query}, newest first (ties by id), at most {@code query.limit()}. */
  CallPage search(CallQuery query);

  /** Aggregates over calls started in {@code [from, to)}, bucketed in {@code zone}. */
  CallAnalytics analytics(Instant from, Instant to, ZoneId zone);

  /** Appends one turn's metric (durable when this returns). */
  void recordTurn(TurnMetric metric);
}
