package app.chris.testkit;

import app.chris.core.port.Effect;
import app.chris.core.port.FailureKind;
import app.chris.core.port.Lead;
import app.chris.core.port.PortException;
import app.chris.core.port.PropertySystem;
import app.chris.core.port.ServiceRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A {@link PropertySystem} that records writes and can fail on cue. Like the real one it is idempotent on the
 * key: a repeated key returns the first work order id and records nothing new. Thread-safe.
 */
public final class RecordingPropertySystem implements PropertySystem {
  private final Map<String, WorkOrder> workOrders = new LinkedHashMap<>();
  private final Map<String, Effect.CallNote> notes = new LinkedHashMap<>();
  private final Map<String, Lead> prospects = new LinkedHashMap<>();
  private final FailureScript failures = new FailureScript();
  private int attempts;

  /** A work order as written, with the id this fake gave it. */
  public record WorkOrder(String id, ServiceRequest request, String idempotencyKey) {}

  @Override
  public String createWorkOrder(ServiceRequest request, String idempotencyKey) {
    Objects.requireNonNull(request, "request");
    attempt(idempotencyKey);
    synchronized (this) {
      return workOrders.computeIfAbsent(idempotencyKey,
          k -> new WorkOrder("WO-" + (workOrders.size() + 1), request, k)).id();
    }
  }

  @Override
  public void addCallNote(Effect.CallNote note, String idempotencyKey) {
    Objects.requireNonNull(note, "note");
    attempt(idempotencyKey);
    synchronized (this) {
      notes.putIfAbsent(idempotencyKey, note);
    }
  }

  @Override
  public void createProspect(Lead lead, String idempotencyKey) {
    Objects.requireNonNull(lead, "lead");
    attempt(idempotencyKey);
    synchronized (this) {
      prospects.putIfAbsent(idempotencyKey, lead);
    }
  }

  /** The next {@code times} calls (of any kind) throw a {@link PortException} of {@code kind}. */
  public void failNext(int times, FailureKind kind) {
    failures.add(times, FailureScript.of(kind, "RecordingPropertySystem"));
  }

  public void failNext(PortException failure) {
    failures.add(1, failure);
  }

  public synchronized List<WorkOrder> workOrders() {
    return List.copyOf(workOrders.values());
  }

  public synchronized List<Effect.CallNote> callNotes() {
    return List.copyOf(notes.values());
  }

  public synchronized List<Lead> prospects() {
    return List.copyOf(prospects.values());
  }

  /** Every call, failed and repeated ones included. */
  public synchronized int attempts() {
    return attempts;
  }

  private void attempt(String idempotencyKey) {
    Objects.requireNonNull(idempotencyKey, "idempotencyKey");
    synchronized (this) {
      attempts++;
    }
    failures.throwIfScripted();
  }
}
