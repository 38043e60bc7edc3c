package app.chris.app;

import app.chris.core.port.Effect;
import app.chris.core.port.Lead;
import app.chris.core.port.PropertySystem;
import app.chris.core.port.ServiceRequest;

/**
 * The property system when there is no Rent Manager account: the local store already holds every request, call
 * and lead (they are on the dashboard and the API), so write-back has nothing left to do and always succeeds.
 */
final class LocalPropertySystem implements PropertySystem {
  @Override
  public String createWorkOrder(ServiceRequest request, String idempotencyKey) {
    return request.id();
  }

  @Override
  public void addCallNote(Effect.CallNote note, String idempotencyKey) {
    // The call record itself is the note in the local store.
  }

  @Override
  public void createProspect(Lead lead, String idempotencyKey) {
    // The lead is in the call record and the transcript email.
  }
}
