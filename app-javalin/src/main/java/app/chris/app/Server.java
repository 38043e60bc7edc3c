package app.chris.app;

import io.javalin.Javalin;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/** The HTTP host: Javalin with health and readiness. */
public final class Server {
  private final Javalin app;
  private final CountDownLatch stopped = new CountDownLatch(1);

  private Server(Javalin app) {
    this.app = app;
  }

  public static Server start(AppConfig config) {
    Javalin app = Javalin.create(cfg -> {
      cfg.startup.showJavalinBanner = false;
      cfg.routes.get("/health", ctx -> ctx.json(Map.of("status", "up")));
      cfg.routes.get("/ready", ctx -> ctx.json(Map.of("status", "up")));
    });
    Server server = new Server(app);
    app.start(config.port());
    Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "chris-shutdown"));
    return server;
  }

  public int port() {
    return app.port();
  }

  public void stop() {
    app.stop();
    stopped.countDown();
  }

  public void awaitShutdown() throws InterruptedException {
    stopped.await();
  }
}
