package app.chris.core.port;

/**
 * Sends notices to staff (email). Blocking; called from the outbox worker, never on a call's path. Throws
 * {@link PortException} on failure; {@code idempotencyKey} lets the receiver drop duplicates of a retried send.
 */
public interface Notifier {
  void send(Notice notice, String idempotencyKey);
}
