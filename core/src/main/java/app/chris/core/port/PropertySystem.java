package app.chris.core.port;

/**
 * Write-back to the company's property management system (work orders, call notes, prospects). Blocking;
 * called only by the outbox worker. Each method is idempotent on {@code idempotencyKey}.
 */
public interface PropertySystem {
  /** Returns the property system's id for the work order. */
  String createWorkOrder(ServiceRequest request, String idempotencyKey);

  void addCallNote(Effect.CallNote note, String idempotencyKey);

  void createProspect(Lead lead, String idempotencyKey);
}
