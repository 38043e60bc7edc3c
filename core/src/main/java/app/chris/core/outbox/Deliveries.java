package app.chris.core.outbox;

import app.chris.core.port.Effect;
import app.chris.core.port.Notifier;
import app.chris.core.port.OutboxMessage;
import app.chris.core.port.PropertySystem;

/** Sends one outbox message to the port its effect belongs to, passing the row's idempotency key along. */
final class Deliveries {
  private final Notifier notifier;
  private final PropertySystem propertySystem;

  Deliveries(Notifier notifier, PropertySystem propertySystem) {
    this.notifier = notifier;
    this.propertySystem = propertySystem;
  }

  /** Blocks until the port answers; throws what the port throws. */
  void deliver(OutboxMessage message) {
    Effect effect = message.effect();
    String key = message.idempotencyKey();
    if (effect instanceof Effect.Email email) {
      notifier.send(email.notice(), key);
    } else if (effect instanceof Effect.WorkOrder workOrder) {
      propertySystem.createWorkOrder(workOrder.request(), key);
    } else if (effect instanceof Effect.CallNote note) {
      propertySystem.addCallNote(note, key);
    } else if (effect instanceof Effect.ProspectLead lead) {
      propertySystem.createProspect(lead.lead(), key);
    } else {
      throw new IllegalStateException("unhandled effect " + effect.getClass().getName());
    }
  }

  /** A short label for logs and counters; never the effect's content, which may hold caller data. */
  static String kindOf(Effect effect) {
    return effect.getClass().getSimpleName();
  }
}
