package app.chris.app.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * Stop-the-world GC pauses during the run, from the JVM's GC notifications. Concurrent cycles (G1 "Concurrent",
 * ZGC "Cycles") are not pauses, and the bench's own {@code System.gc()} (to measure live heap) is left out.
 */
final class GcPauses implements NotificationListener, AutoCloseable {
  final Latencies pauses = new Latencies();

  GcPauses() {
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      if (gc instanceof NotificationEmitter) {
        ((NotificationEmitter) gc).addNotificationListener(this, null, null);
      }
    }
  }

  @Override
  public void handleNotification(Notification notification, Object handback) {
    if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
      return;
    }
    GarbageCollectionNotificationInfo info =
        GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
    if (info.getGcName().contains("Concurrent") || info.getGcName().contains("Cycles")
        || info.getGcCause().equals("System.gc()")) {
      return;
    }
    pauses.recordNanos(info.getGcInfo().getDuration() * 1_000_000);
  }

  @Override
  public void close() {
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      try {
        ((NotificationEmitter) gc).removeNotificationListener(this);
      } catch (javax.management.ListenerNotFoundException | ClassCastException e) {
        // never registered on this one
      }
    }
  }
}
