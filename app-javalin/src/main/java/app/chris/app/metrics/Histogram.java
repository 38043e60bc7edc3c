package app.chris.app.metrics;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.DoubleAdder;
import java.util.concurrent.atomic.LongAdder;

/**
 * Observations in fixed buckets per label set, written as a Prometheus histogram ({@code _bucket} with
 * cumulative {@code le} counts, {@code _sum}, {@code _count}) so quantiles aggregate across instances.
 */
public final class Histogram implements Metrics.Family {
  private final String name;
  private final String help;
  private final double[] bounds;
  private final List<String> labelNames;
  private final Map<List<String>, Series> series = new ConcurrentHashMap<>();

  Histogram(String name, String help, double[] bounds, List<String> labelNames) {
    this.name = name;
    this.help = help;
    this.bounds = bounds.clone();
    this.labelNames = List.copyOf(labelNames);
    for (int i = 1; i < bounds.length; i++) {
      if (bounds[i] <= bounds[i - 1]) {
        throw new IllegalArgumentException("bucket bounds must increase: " + name);
      }
    }
  }

  public void observe(double value, String... labelValues) {
    if (labelValues.length != labelNames.size()) {
      throw new IllegalArgumentException(name + " takes labels " + labelNames);
    }
    series.computeIfAbsent(List.of(labelValues), k -> new Series(bounds.length)).add(bounds, value);
  }

  public long count(String... labelValues) {
    Series s = series.get(List.of(labelValues));
    return s == null ? 0 : s.count.sum();
  }

  @Override
  public void write(PrometheusText out) {
    out.family(name, "histogram", help);
    List<String> withLe = new ArrayList<>(labelNames);
    withLe.add("le");
    series.forEach((labels, s) -> {
      long cumulative = 0;
      for (int i = 0; i <= bounds.length; i++) {
        cumulative += s.buckets[i].sum();
        List<String> values = new ArrayList<>(labels);
        values.add(i < bounds.length ? PrometheusText.number(bounds[i]) : "+Inf");
        out.sample(name + "_bucket", withLe, values, cumulative);
      }
      out.sample(name + "_sum", labelNames, labels, s.sum.sum());
      out.sample(name + "_count", labelNames, labels, s.count.sum());
    });
  }

  private static final class Series {
    final LongAdder[] buckets;
    final DoubleAdder sum = new DoubleAdder();
    final LongAdder count = new LongAdder();

    Series(int bounds) {
      buckets = new LongAdder[bounds + 1];
      for (int i = 0; i < buckets.length; i++) {
        buckets[i] = new LongAdder();
      }
    }

    void add(double[] bounds, double value) {
      int i = 0;
      while (i < bounds.length && value > bounds[i]) {
        i++;
      }
      buckets[i].increment();
      sum.add(value);
      count.increment();
    }
  }
}
