package app.chris.app.bench;

import java.util.concurrent.TimeUnit;
import org.HdrHistogram.SynchronizedHistogram;

/** One latency figure of the run, recorded in microseconds (1 µs to 1 hour, 3 significant digits). Thread-safe. */
final class Latencies {
  private final SynchronizedHistogram histogram = new SynchronizedHistogram(TimeUnit.HOURS.toMicros(1), 3);

  /** Records a duration; negative ones (the fake was faster than configured) count as zero. */
  void recordNanos(long nanos) {
    histogram.recordValue(Math.min(TimeUnit.HOURS.toMicros(1), Math.max(0, nanos / 1_000)));
  }

  long count() {
    return histogram.getTotalCount();
  }

  double p50Ms() {
    return millis(histogram.getValueAtPercentile(50));
  }

  double p99Ms() {
    return millis(histogram.getValueAtPercentile(99));
  }

  double maxMs() {
    return millis(histogram.getMaxValue());
  }

  private static double millis(long micros) {
    return Math.round(micros / 10.0) / 100.0;
  }
}
