package app.chris.app.api;

import io.javalin.config.RoutesConfig;
import java.util.Map;

/** {@code GET /health} (liveness) and {@code GET /ready} (200 only when no component is down); no auth. */
final class HealthRoutes {
  private HealthRoutes() {}

  static void register(RoutesConfig routes, Readiness readiness) {
    routes.get("/health", ctx -> ctx.json(Map.of("status", "up")));
    routes.get("/ready", ctx -> {
      Readiness.Report report = readiness.report();
      ctx.status(report.ready() ? 200 : 503)
          .json(WireFormat.ordered("status", report.ready() ? "ready" : "not-ready", "components",
              report.components()));
    });
  }
}
