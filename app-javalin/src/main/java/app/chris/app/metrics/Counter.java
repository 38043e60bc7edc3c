package app.chris.app.metrics;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/** A monotonically increasing count per label set, since the process started. Thread-safe and lock-free. */
public final class Counter implements Metrics.Family {
  private final String name;
  private final String help;
  private final List<String> labelNames;
  private final Map<List<String>, LongAdder> values = new ConcurrentHashMap<>();

  Counter(String name, String help, List<String> labelNames) {
    this.name = name;
    this.help = help;
    this.labelNames = List.copyOf(labelNames);
  }

  public void inc(String... labelValues) {
    values.computeIfAbsent(key(labelValues), k -> new LongAdder()).increment();
  }

  public long value(String... labelValues) {
    LongAdder adder = values.get(List.of(labelValues));
    return adder == null ? 0 : adder.sum();
  }

  private List<String> key(String[] labelValues) {
    if (labelValues.length != labelNames.size()) {
      throw new IllegalArgumentException(name + " takes labels " + labelNames);
    }
    for (String v : labelValues) {
      Objects.requireNonNull(v, "label value");
    }
    return List.of(labelValues);
  }

  @Override
  public void write(PrometheusText out) {
    out.family(name, "counter", help);
    values.forEach((labels, adder) -> out.sample(name, labelNames, labels, adder.sum()));
  }
}
