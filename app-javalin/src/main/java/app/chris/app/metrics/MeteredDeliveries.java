package app.chris.app.metrics;

import app.chris.core.port.Effect;
import app.chris.core.port.Lead;
import app.chris.core.port.Notice;
import app.chris.core.port.Notifier;
import app.chris.core.port.PortException;
import app.chris.core.port.PropertySystem;
import app.chris.core.port.ServiceRequest;
import java.util.function.Supplier;

/** The outbox worker's vendors (email, property system), counting the failures they report. */
final class MeteredDeliveries {
  private MeteredDeliveries() {}

  private static <T> T counted(String vendor, ChrisMetrics metrics, Supplier<T> call) {
    try {
      return call.get();
    } catch (PortException e) {
      metrics.vendorError(vendor, e.kind());
      throw e;
    }
  }

  static final class Email implements Notifier {
    private final String vendor;
    private final Notifier notifier;
    private final ChrisMetrics metrics;

    Email(String vendor, Notifier notifier, ChrisMetrics metrics) {
      this.vendor = vendor;
      this.notifier = notifier;
      this.metrics = metrics;
    }

    @Override
    public void send(Notice notice, String idempotencyKey) {
      counted(vendor, metrics, () -> {
        notifier.send(notice, idempotencyKey);
        return null;
      });
    }
  }

  static final class Writeback implements PropertySystem {
    private final String vendor;
    private final PropertySystem system;
    private final ChrisMetrics metrics;

    Writeback(String vendor, PropertySystem system, ChrisMetrics metrics) {
      this.vendor = vendor;
      this.system = system;
      this.metrics = metrics;
    }

    @Override
    public String createWorkOrder(ServiceRequest request, String idempotencyKey) {
      return counted(vendor, metrics, () -> system.createWorkOrder(request, idempotencyKey));
    }

    @Override
    public void addCallNote(Effect.CallNote note, String idempotencyKey) {
      counted(vendor, metrics, () -> {
        system.addCallNote(note, idempotencyKey);
        return null;
      });
    }

    @Override
    public void createProspect(Lead lead, String idempotencyKey) {
      counted(vendor, metrics, () -> {
        system.createProspect(lead, idempotencyKey);
        return null;
      });
    }
  }
}
