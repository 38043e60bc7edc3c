package app.chris.app.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class MetricsTest {
  private final Metrics metrics = new Metrics();

  @Test
  void givenCounts_scrape_writesHelpTypeAndOneSampleALabelSet() {
    Counter errors = metrics.counter("chris_vendor_errors_total", "Failures.", "vendor", "kind");
    errors.inc("openai", "timeout");
    errors.inc("openai", "timeout");
    errors.inc("sendgrid", "unavailable");

    assertThat(metrics.scrape()).contains("# HELP chris_vendor_errors_total Failures.\n",
        "# TYPE chris_vendor_errors_total counter\n",
        "chris_vendor_errors_total{vendor=\"openai\",kind=\"timeout\"} 2\n",
        "chris_vendor_errors_total{vendor=\"sendgrid\",kind=\"unavailable\"} 1\n");
  }

  @Test
  void givenObservations_histogram_writesCumulativeBucketsSumAndCount() {
    Histogram latency = metrics.histogram("turn_seconds", "Latency.", new double[] {0.1, 0.5, 1}, "model");
    latency.observe(0.05, "echo");
    latency.observe(0.1, "echo");
    latency.observe(0.7, "echo");
    latency.observe(3, "echo");

    assertThat(metrics.scrape()).contains("# TYPE turn_seconds histogram\n",
        "turn_seconds_bucket{model=\"echo\",le=\"0.1\"} 2\n",
        "turn_seconds_bucket{model=\"echo\",le=\"0.5\"} 2\n",
        "turn_seconds_bucket{model=\"echo\",le=\"1\"} 3\n",
        "turn_seconds_bucket{model=\"echo\",le=\"+Inf\"} 4\n",
        "turn_seconds_sum{model=\"echo\"} 3.85\n",
        "turn_seconds_count{model=\"echo\"} 4\n");
  }

  @Test
  void givenLabelValuesWithQuotesBackslashesAndNewlines_scrape_escapesThem() {
    metrics.counter("x_total", "X.", "model").inc("a\"b\\c\nd");

    assertThat(metrics.scrape()).contains("x_total{model=\"a\\\"b\\\\c\\nd\"} 1\n");
  }

  @Test
  void givenAGaugeThatCannotBeRead_scrape_leavesItOutAndStillReportsTheRest() {
    metrics.gauge("chris_outbox_rows", "Rows.", "status", () -> {
      throw new IllegalStateException("database down");
    });
    metrics.gauge("chris_calls_active", "Calls.", "channel", () -> Map.of("phone", 2));

    String text = metrics.scrape();

    assertThat(text).doesNotContain("chris_outbox_rows").contains("chris_calls_active{channel=\"phone\"} 2\n")
        .contains("# a metric could not be read: IllegalStateException");
  }

  @Test
  void givenTheWrongNumberOfLabels_inc_isRefused() {
    Counter c = metrics.counter("c_total", "C.", "vendor", "kind");
    assertThatThrownBy(() -> c.inc("openai")).isInstanceOf(IllegalArgumentException.class);
  }
}
