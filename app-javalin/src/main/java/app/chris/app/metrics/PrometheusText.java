package app.chris.app.metrics;

import java.util.List;

/**
 * Writes the Prometheus text exposition format (version 0.0.4): {@code # HELP}, {@code # TYPE} and one sample a
 * line, label values escaped. Not thread-safe: one per scrape.
 */
final class PrometheusText {
  static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";
  private final StringBuilder out = new StringBuilder();

  void family(String name, String type, String help) {
    out.append("# HELP ").append(name).append(' ').append(help.replace("\\", "\\\\").replace("\n", "\\n"))
        .append('\n');
    out.append("# TYPE ").append(name).append(' ').append(type).append('\n');
  }

  void sample(String name, List<String> labelNames, List<String> labelValues, double value) {
    out.append(name);
    if (!labelNames.isEmpty()) {
      out.append('{');
      for (int i = 0; i < labelNames.size(); i++) {
        out.append(i == 0 ? "" : ",").append(labelNames.get(i)).append("=\"").append(escape(labelValues.get(i)))
            .append('"');
      }
      out.append('}');
    }
    out.append(' ').append(number(value)).append('\n');
  }

  void comment(String text) {
    out.append("# ").append(text.replace("\n", " ")).append('\n');
  }

  static String escape(String labelValue) {
    return labelValue.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
  }

  static String number(double value) {
    if (Double.isInfinite(value)) {
      return value > 0 ? "+Inf" : "-Inf";
    }
    if (value == Math.rint(value) && Math.abs(value) < 1e15) {
      return Long.toString((long) value);
    }
    return Double.toString(value);
  }

  @Override
  public String toString() {
    return out.toString();
  }
}
