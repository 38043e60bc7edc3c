package app.chris.app;

import app.chris.app.api.HttpApi;
import app.chris.app.api.MetricsRoutes;
import app.chris.app.limits.Throttle;
import app.chris.app.phone.TwilioRoutes;
import io.javalin.Javalin;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP host: Javalin serving an {@link AppContext}'s API, plus the sweeper that ends idle test calls.
 * {@link #stop()} closes the server first, then the context (live calls, then the database); it is idempotent.
 * {@link #shutdownGracefully()} (SIGTERM) first drains: new calls go to the office, calls in progress get
 * {@code SHUTDOWN_DRAIN_SECONDS} to finish, the rest are put through to the office.
 */
public final class Server implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(Server.class);

  private final Javalin app;
  private final AppContext context;
  private final ScheduledExecutorService sweeper;
  private final AtomicBoolean stopping = new AtomicBoolean();
  private final CountDownLatch stopped = new CountDownLatch(1);

  private Server(Javalin app, AppContext context, ScheduledExecutorService sweeper) {
    this.app = app;
    this.context = context;
    this.sweeper = sweeper;
  }

  /** Starts on {@code port} (0 picks a free one). */
  public static Server start(AppContext context, int port) {
    Javalin app = Javalin.create(cfg -> {
      cfg.startup.showJavalinBanner = false;
      cfg.startup.showOldJavalinVersionWarning = false;
      Throttle throttle = new Throttle(context.config().rateLimits(), Clock.systemUTC(),
          HttpApi.authenticated(context.adminToken(), context.dashboard()::allowsApi));
      throttle.register(cfg); // first, so a flood is refused before authentication and body parsing
      context.metrics().watchCount("chris_requests_rate_limited_total",
          "Requests refused with 429 because one client address sent too many.", throttle::refused);
      context.api().configure(cfg, context.adminToken(), context.dashboard()::allowsApi);
      new TwilioRoutes(context.phone()).register(cfg);
      new MetricsRoutes(context.metrics(), context.config().metricsToken()).register(cfg.routes);
      context.dashboard().register(cfg);
    });
    ScheduledExecutorService sweeper = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "chris-test-call-sweeper");
      t.setDaemon(true);
      return t;
    });
    Server server = new Server(app, context, sweeper);
    app.start(port);
    long every = Math.max(1, Math.min(30, sweepPeriod(context).toSeconds()));
    sweeper.scheduleWithFixedDelay(server::sweep, every, every, TimeUnit.SECONDS);
    return server;
  }

  public int port() {
    return app.port();
  }

  public String baseUrl() {
    return "http://localhost:" + port();
  }

  /** Drains phone calls (the webhooks keep working meanwhile), then {@link #stop()}s. Idempotent. */
  public void shutdownGracefully() {
    if (stopping.get()) {
      return;
    }
    LOG.info("Shutting down: no new calls for Chris; waiting up to {} s for calls in progress",
        context.config().shutdownDrain().toSeconds());
    try {
      context.drain(context.config().shutdownDrain());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (RuntimeException e) {
      LOG.warn("Draining calls failed; stopping anyway", e);
    }
    stop();
    LOG.info("Chris stopped: calls finished or handed over, outbox worker stopped, database closed");
  }

  public void stop() {
    if (!stopping.compareAndSet(false, true)) {
      return;
    }
    try {
      sweeper.shutdownNow();
      app.stop();
      context.close();
    } catch (Exception e) {
      LOG.warn("Error while shutting down", e);
    } finally {
      stopped.countDown();
    }
  }

  @Override
  public void close() {
    stop();
  }

  public void awaitShutdown() throws InterruptedException {
    stopped.await();
  }

  private void sweep() {
    try {
      context.testCalls().endIdle();
    } catch (RuntimeException e) {
      LOG.warn("Idle test-call sweep failed", e);
    }
  }

  private static Duration sweepPeriod(AppContext context) {
    return context.config().testCallIdleTimeout().dividedBy(4);
  }
}
