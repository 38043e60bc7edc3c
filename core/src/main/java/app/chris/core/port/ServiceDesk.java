package app.chris.core.port;

import java.util.List;
import java.util.Optional;

/**
 * Where maintenance requests are filed. Thread-safe; {@link #file} is durable when it returns and is idempotent
 * on the request's key. Implementations queue the write-back to the property system (outbox), so filing never
 * waits on a remote system.
 */
public interface ServiceDesk {
  ServiceRequest file(NewServiceRequest request);

  Optional<ServiceRequest> find(String requestId);

  /** Newest first. */
  List<ServiceRequest> recent(int limit);
}
