package app.chris.app.metrics;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

/**
 * A small registry of metric families, scraped as Prometheus text. Gauges are read at scrape time; one that
 * fails (the database is down) is left out of that scrape with a comment, and the rest still answer. Thread-safe.
 */
public final class Metrics {
  private final List<Family> families = new CopyOnWriteArrayList<>();

  public Counter counter(String name, String help, String... labelNames) {
    return register(new Counter(name, help, List.of(labelNames)));
  }

  public Histogram histogram(String name, String help, double[] bounds, String... labelNames) {
    return register(new Histogram(name, help, bounds, List.of(labelNames)));
  }

  /** A gauge with one label, read from {@code values} (label value to reading) at every scrape. */
  public void gauge(String name, String help, String labelName, Supplier<Map<String, ? extends Number>> values) {
    register(out -> {
      Map<String, ? extends Number> readings = values.get();
      out.family(name, "gauge", help);
      readings.forEach((label, v) -> out.sample(name, List.of(labelName), List.of(label), v.doubleValue()));
    });
  }

  /** A counter kept elsewhere (a component's own count since start), read at every scrape. */
  public void counterReading(String name, String help, Supplier<? extends Number> value) {
    register(out -> {
      double v = value.get().doubleValue();
      out.family(name, "counter", help);
      out.sample(name, List.of(), List.of(), v);
    });
  }

  public String scrape() {
    StringBuilder text = new StringBuilder();
    for (Family family : families) {
      PrometheusText out = new PrometheusText();
      try {
        family.write(out);
      } catch (RuntimeException e) {
        out = new PrometheusText();
        out.comment("a metric could not be read: " + e.getClass().getSimpleName());
      }
      text.append(out);
    }
    return text.toString();
  }

  private <F extends Family> F register(F family) {
    families.add(family);
    return family;
  }

  /** One metric family: writes its HELP, TYPE and samples. */
  @FunctionalInterface
  interface Family {
    void write(PrometheusText out);
  }
}
