package app.chris.testkit;

import app.chris.core.port.Effect;
import app.chris.core.port.NewServiceRequest;
import app.chris.core.port.OutboxMessage;
import app.chris.core.port.ServiceDesk;
import app.chris.core.port.ServiceRequest;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A {@link ServiceDesk} in memory. Thread-safe. Ids are {@code SR-1}, {@code SR-2}, ...; filing the same
 * idempotency key again returns the first request. Each new request queues an {@link Effect.WorkOrder} in the
 * outbox (key {@code work-order:<idempotency key>}), atomically with the request.
 */
public final class InMemoryServiceDesk implements ServiceDesk {
  /** Status of a request nobody has worked on yet. */
  public static final String OPEN = "open";

  private final Clock clock;
  private final InMemoryOutbox outbox;
  private final List<ServiceRequest> requests = new ArrayList<>();
  private final Map<String, ServiceRequest> byKey = new HashMap<>();

  public InMemoryServiceDesk(Clock clock, InMemoryOutbox outbox) {
    this.clock = Objects.requireNonNull(clock, "clock");
    this.outbox = Objects.requireNonNull(outbox, "outbox");
  }

  public InMemoryServiceDesk(Clock clock) {
    this(clock, new InMemoryOutbox(clock));
  }

  public InMemoryOutbox outbox() {
    return outbox;
  }

  @Override
  public ServiceRequest file(NewServiceRequest request) {
    Objects.requireNonNull(request, "request");
    return outbox.atomically(() -> fileLocked(request));
  }

  private ServiceRequest fileLocked(NewServiceRequest r) {
    synchronized (requests) {
      ServiceRequest existing = byKey.get(r.idempotencyKey());
      if (existing != null) {
        return existing;
      }
      ServiceRequest created = new ServiceRequest("SR-" + (requests.size() + 1), r.callId(), r.propertyId(),
          r.unitId(), r.tenantId(), r.category(), r.priority(), r.description(), r.addressVerified(),
          r.permissionToEnter(), OPEN, clock.instant());
      requests.add(created);
      byKey.put(r.idempotencyKey(), created);
      outbox.enqueue(new OutboxMessage(
          workOrderKey(r.idempotencyKey()), Optional.of(r.callId()), new Effect.WorkOrder(created)));
      return created;
    }
  }

  /** The outbox key of the work order queued for a request filed with {@code idempotencyKey}. */
  public static String workOrderKey(String idempotencyKey) {
    return "work-order:" + idempotencyKey;
  }

  @Override
  public Optional<ServiceRequest> find(String requestId) {
    synchronized (requests) {
      return requests.stream().filter(r -> r.id().equals(requestId)).findFirst();
    }
  }

  @Override
  public List<ServiceRequest> recent(int limit) {
    synchronized (requests) {
      List<ServiceRequest> newestFirst = new ArrayList<>(requests);
      Collections.reverse(newestFirst);
      return List.copyOf(newestFirst.subList(0, Math.min(Math.max(0, limit), newestFirst.size())));
    }
  }
}
