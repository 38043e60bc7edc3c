package app.chris.app.metrics;

import app.chris.core.port.PortException;
import app.chris.core.port.Prompt;
import app.chris.core.port.RealtimeEvent;
import app.chris.core.port.RealtimeListener;
import app.chris.core.port.RealtimeModel;
import app.chris.core.port.RealtimeSession;

/** The ears: counts sessions that cannot open and sessions that report a failure. */
final class MeteredRealtimeModel implements RealtimeModel {
  private final String vendor;
  private final RealtimeModel ears;
  private final ChrisMetrics metrics;

  MeteredRealtimeModel(String vendor, RealtimeModel ears, ChrisMetrics metrics) {
    this.vendor = vendor;
    this.ears = ears;
    this.metrics = metrics;
  }

  @Override
  public RealtimeSession open(Prompt initial, RealtimeListener listener) {
    try {
      return ears.open(initial, event -> {
        if (event instanceof RealtimeEvent.Failed) {
          metrics.vendorError(vendor, ((RealtimeEvent.Failed) event).kind());
        }
        listener.on(event);
      });
    } catch (PortException e) {
      metrics.vendorError(vendor, e.kind());
      throw e;
    }
  }
}
