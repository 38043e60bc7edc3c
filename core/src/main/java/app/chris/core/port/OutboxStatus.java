package app.chris.core.port;

/** Delivery state of an outbox row. */
public enum OutboxStatus {
  PENDING,
  SENT,
  DEAD
}
