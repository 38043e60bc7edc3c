package app.chris.app.dashboard;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.websocket.WsContext;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.jetty.websocket.api.Callback;

/**
 * {@code /dashboard/live}: the live page's WebSocket. The upgrade is refused (403) without a signed-in session or
 * from another origin. Sends never block the feed: a browser more than {@link #MAX_BEHIND} messages behind is
 * disconnected (it reconnects and gets a fresh replay).
 */
final class LiveSocket {
  static final String PATH = "/dashboard/live";
  static final int MAX_BEHIND = 1000;

  private final LiveBoard board;
  private final Sessions sessions;
  private final Origins origins;
  private final Map<String, LiveBoard.Viewer> viewers = new ConcurrentHashMap<>();

  LiveSocket(LiveBoard board, Sessions sessions, Origins origins) {
    this.board = board;
    this.sessions = sessions;
    this.origins = origins;
  }

  void register(RoutesConfig routes) {
    routes.wsBeforeUpgrade(PATH, this::admit);
    routes.ws(PATH, ws -> {
      ws.onConnect(ctx -> {
        ctx.enableAutomaticPings();
        LiveBoard.Viewer viewer = viewer(ctx);
        viewers.put(ctx.sessionId(), viewer);
        board.join(viewer);
      });
      ws.onClose(ctx -> leave(ctx.sessionId()));
      ws.onError(ctx -> leave(ctx.sessionId()));
    });
  }

  private void admit(Context ctx) {
    Guard.securityHeaders(ctx);
    if (!origins.allows(ctx.header("Origin"), ctx.header("Host"))) {
      throw DashboardException.forbidden("The live feed only opens from the dashboard itself.");
    }
    if (sessions.current(ctx).isEmpty()) {
      throw new DashboardException(401, "Sign in to watch live calls.");
    }
  }

  private void leave(String sessionId) {
    LiveBoard.Viewer viewer = viewers.remove(sessionId);
    if (viewer != null) {
      board.leave(viewer);
    }
  }

  private static LiveBoard.Viewer viewer(WsContext ctx) {
    AtomicInteger behind = new AtomicInteger();
    return json -> {
      if (!ctx.session.isOpen()) {
        return false;
      }
      if (behind.incrementAndGet() > MAX_BEHIND) {
        ctx.closeSession(1013, "too far behind");
        return false;
      }
      ctx.session.sendText(json, Callback.from(behind::decrementAndGet, failure -> behind.decrementAndGet()));
      return true;
    };
  }
}
