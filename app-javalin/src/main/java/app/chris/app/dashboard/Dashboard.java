package app.chris.app.dashboard;

import app.chris.core.port.DashboardSession;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.JavalinConfig;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.time.Duration;
import java.util.Optional;

/**
 * The admin dashboard on a Javalin config: sign-in, the guard in front of every {@code /dashboard} page, the live
 * socket and the pages. Built once per server (creating the first admin from the environment); thread-safe.
 * {@link #close()} stops watching the live feed.
 */
public final class Dashboard implements AutoCloseable {
  private final DashboardDeps deps;
  private final Sessions sessions;
  private final Origins origins;
  private final LiveBoard board;

  public Dashboard(DashboardDeps deps) {
    this.deps = deps;
    FirstAdmin.ensure(deps.config().dashboard(), deps.dashboard().users(), deps.clock());
    this.sessions = new Sessions(deps.dashboard().users(), deps.adminToken(), deps.clock(),
        "https".equalsIgnoreCase(deps.config().publicBaseUrl().getScheme()));
    this.origins = new Origins(deps.config().publicBaseUrl());
    this.board = new LiveBoard(deps.dashboard().live(), deps.clock(), new ObjectMapper());
  }

  public void register(JavalinConfig cfg) {
    RoutesConfig routes = cfg.routes;
    Guard guard = new Guard(sessions, origins);
    routes.before("/dashboard", guard::check);
    routes.before("/dashboard/*", guard::check);
    routes.exception(DashboardException.class, (e, ctx) -> ErrorPage.render(ctx, e.status(), e.getMessage()));
    new Assets().register(routes);
    new AuthRoutes(sessions, new LoginLimiter(deps.clock(), 5, Duration.ofMinutes(15)), origins,
        () -> !deps.dashboard().users().all().isEmpty()).register(routes);
    new LiveSocket(board, sessions, origins).register(routes);
    Frame frame = new Frame(deps.stores().directory());
    routes.get("/dashboard", ctx -> frame.render(ctx, "Live calls", "live", LivePage.body(deps.readiness().report()),
        "live.js"));
    new HistoryRoutes(frame, deps.stores()).register(routes);
    new AnalyticsPage(frame, deps.stores().history(), deps.clock()).register(routes);
    new KnowledgeRoutes(frame, deps.stores()).register(routes);
    new PortfolioRoutes(frame, deps.stores(), deps.dashboard().portfolioImport()).register(routes);
    new ConsoleRoutes(frame, deps.testCalls(), deps.stores().ledger()).register(routes);
    new HealthPage(frame, deps, board).register(routes);
    new UserRoutes(frame, deps.dashboard().users(), deps.clock()).register(routes);
  }

  /**
   * Whether a request to {@code /api/*} is allowed by a dashboard session instead of the bearer token: any
   * signed-in user may read; changes need an admin and the session's CSRF token in {@code X-CSRF-Token}.
   */
  public boolean allowsApi(Context ctx) {
    Optional<DashboardSession> session = sessions.current(ctx);
    if (session.isEmpty()) {
      return false;
    }
    if (ctx.method() == HandlerType.GET || ctx.method() == HandlerType.HEAD) {
      return true;
    }
    return session.get().isAdmin() && Secrets.same(ctx.header("X-CSRF-Token"), session.get().csrfToken())
        && origins.allows(ctx.header("Origin"), ctx.header("Host"));
  }

  /** Browsers watching the live page now. */
  public int liveViewers() {
    return board.viewers();
  }

  @Override
  public void close() {
    board.close();
  }
}
