package app.chris.app.api;

import app.chris.app.metrics.ChrisMetrics;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code GET /metrics} in Prometheus text format. Open like {@code /health} (scrapers usually sit on an internal
 * network) unless {@code METRICS_TOKEN} is set; then it needs {@code Authorization: Bearer <METRICS_TOKEN>}.
 */
public final class MetricsRoutes {
  static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";
  private final ChrisMetrics metrics;
  private final Optional<AdminAuth> auth;

  public MetricsRoutes(ChrisMetrics metrics, Optional<String> token) {
    this.metrics = Objects.requireNonNull(metrics, "metrics");
    this.auth = token.map(AdminAuth::new);
  }

  public void register(RoutesConfig routes) {
    routes.get("/metrics", this::scrape);
  }

  private void scrape(Context ctx) {
    auth.ifPresent(a -> a.require(ctx, "METRICS_TOKEN", "the metrics"));
    ctx.contentType(CONTENT_TYPE).result(metrics.scrape());
  }
}
