package app.chris.app.dashboard;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Inline SVG charts (no script, so the page's strict policy holds): vertical columns for series over time,
 * horizontal bars for categories, and a ring for a rate. Each mark carries a {@code <title>} for hover.
 */
final class Charts {
  private static final int W = 640;
  private static final int H = 220;

  private Charts() {}

  /** Columns over a series; every {@code labelEvery}-th label is written under its column. */
  static String columns(String title, List<Map.Entry<String, Long>> series, int labelEvery, String css) {
    long max = Math.max(1, series.stream().mapToLong(Map.Entry::getValue).max().orElse(1));
    int n = Math.max(1, series.size());
    double slot = (W - 40.0) / n;
    StringBuilder svg = open(title, W, H);
    svg.append("<line class=\"axis\" x1=\"30\" y1=\"190\" x2=\"").append(W).append("\" y2=\"190\"/>")
        .append("<text x=\"0\" y=\"20\">").append(max).append("</text><text x=\"0\" y=\"190\">0</text>");
    for (int i = 0; i < series.size(); i++) {
      Map.Entry<String, Long> point = series.get(i);
      double h = 170.0 * point.getValue() / max;
      double x = 34 + i * slot;
      svg.append("<rect class=\"bar ").append(css).append("\" x=\"").append(fmt(x)).append("\" y=\"")
          .append(fmt(190 - h)).append("\" width=\"").append(fmt(Math.max(1, slot - 3))).append("\" height=\"")
          .append(fmt(h)).append("\"><title>").append(Html.esc(point.getKey())).append(": ").append(point.getValue())
          .append("</title></rect>");
      if (i % Math.max(1, labelEvery) == 0) {
        svg.append("<text x=\"").append(fmt(x)).append("\" y=\"206\">").append(Html.esc(point.getKey()))
            .append("</text>");
      }
    }
    return close(svg);
  }

  /** Horizontal bars, one per category, with the value after each bar. */
  static String bars(String title, Map<String, Long> values, String unit, String css) {
    if (values.isEmpty()) {
      return "<p class=\"empty\">No data in this period.</p>";
    }
    long max = Math.max(1, values.values().stream().mapToLong(Long::longValue).max().orElse(1));
    int height = 12 + values.size() * 28;
    StringBuilder svg = open(title, W, height);
    int row = 0;
    for (Map.Entry<String, Long> e : values.entrySet()) {
      int y = 8 + row++ * 28;
      double w = 380.0 * e.getValue() / max;
      svg.append("<text x=\"0\" y=\"").append(y + 15).append("\">").append(Html.esc(e.getKey())).append("</text>")
          .append("<rect class=\"bar ").append(css).append("\" x=\"170\" y=\"").append(y).append("\" width=\"")
          .append(fmt(Math.max(1, w))).append("\" height=\"20\" rx=\"3\"><title>").append(Html.esc(e.getKey()))
          .append(": ").append(e.getValue()).append(unit).append("</title></rect><text class=\"value\" x=\"")
          .append(fmt(176 + w)).append("\" y=\"").append(y + 15).append("\">").append(e.getValue()).append(unit)
          .append("</text>");
    }
    return close(svg);
  }

  /** A ring filled to {@code rate} (0..1) with the percentage in the middle. */
  static String ring(String title, double rate) {
    double r = 52;
    double circumference = 2 * Math.PI * r;
    double filled = circumference * Math.max(0, Math.min(1, rate));
    return open(title, 160, 140).append("<circle class=\"ring-bg\" cx=\"80\" cy=\"70\" r=\"52\" fill=\"none\" "
        + "stroke-width=\"14\"/><circle class=\"ring\" cx=\"80\" cy=\"70\" r=\"52\" fill=\"none\" stroke-width=\"14\" "
        + "stroke-dasharray=\"").append(fmt(filled)).append(' ').append(fmt(circumference))
        .append("\" transform=\"rotate(-90 80 70)\"/><text class=\"value\" x=\"80\" y=\"76\" text-anchor=\"middle\">")
        .append(Math.round(rate * 100)).append("%</text>").append("</svg>").toString();
  }

  private static StringBuilder open(String title, int w, int h) {
    return new StringBuilder("<svg viewBox=\"0 0 ").append(w).append(' ').append(h)
        .append("\" role=\"img\" aria-label=\"").append(Html.esc(title))
        .append("\" xmlns=\"http://www.w3.org/2000/svg\">");
  }

  private static String close(StringBuilder svg) {
    return svg.append("</svg>").toString();
  }

  private static String fmt(double v) {
    return String.format(Locale.ROOT, "%.1f", v);
  }
}
