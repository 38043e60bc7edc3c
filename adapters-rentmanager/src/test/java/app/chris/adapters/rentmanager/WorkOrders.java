package app.chris.adapters.rentmanager;

import app.chris.core.port.CallId;
import app.chris.core.port.Priority;
import app.chris.core.port.ServiceRequest;
import java.time.Instant;
import java.util.Optional;

/** Service requests as the outbox hands them to the property system. */
final class WorkOrders {
  private WorkOrders() {}

  static ServiceRequest leak(String id) {
    return request(id, "plumbing", Priority.URGENT, "Kitchen sink is leaking under the cabinet");
  }

  static ServiceRequest request(String id, String category, Priority priority, String description) {
    return new ServiceRequest(id, new CallId("c_" + id), Optional.of("P11"), Optional.of("U2012"),
        Optional.of("T1001"), category, priority, description, true, true, "open",
        Instant.parse("2026-05-01T15:15:00Z"));
  }
}
