package app.chris.app.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

/** Live heap after a full GC, resident set size and process CPU time, read at one moment. */
record Footprint(long heapBytes, long rssBytes, long cpuNanos) {
  /** Forces a full GC first (so the heap figure is live objects only), with the callers' timing paused. */
  static Footprint measure(BenchStats stats) {
    stats.pause(true);
    try {
      System.gc();
      Runtime runtime = Runtime.getRuntime();
      return new Footprint(runtime.totalMemory() - runtime.freeMemory(), rss(), cpu());
    } finally {
      sleepQuietly(200); // frames delayed by the collection are still arriving
      stats.pause(false);
    }
  }

  static long cpu() {
    java.lang.management.OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
    return os instanceof com.sun.management.OperatingSystemMXBean
        ? ((com.sun.management.OperatingSystemMXBean) os).getProcessCpuTime() : 0;
  }

  /** VmRSS from /proc (Linux); 0 elsewhere. */
  private static long rss() {
    try {
      return Files.readAllLines(Path.of("/proc/self/status")).stream().filter(l -> l.startsWith("VmRSS:"))
          .map(l -> Long.parseLong(l.replaceAll("[^0-9]", "")) * 1024).findFirst().orElse(0L);
    } catch (IOException | RuntimeException e) {
      return 0;
    }
  }

  private static void sleepQuietly(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
