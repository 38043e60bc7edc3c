package app.chris.app.dashboard;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The dashboard's own CSS and JavaScript, served from the classpath by name (a fixed list: no path tricks). */
final class Assets {
  private static final Map<String, String> TYPES = Map.of(
      "app.css", "text/css; charset=utf-8",
      "app.js", "text/javascript; charset=utf-8",
      "live.js", "text/javascript; charset=utf-8",
      "console.js", "text/javascript; charset=utf-8");
  private final Map<String, byte[]> cache = new ConcurrentHashMap<>();

  void register(RoutesConfig routes) {
    routes.get(Layout.ASSETS + "{name}", this::serve);
  }

  private void serve(Context ctx) {
    String name = ctx.pathParam("name");
    String type = TYPES.get(name);
    if (type == null) {
      throw DashboardException.notFound("There is no such file.");
    }
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("Cache-Control", "no-cache");
    ctx.contentType(type).result(cache.computeIfAbsent(name, Assets::read));
  }

  private static byte[] read(String name) {
    try (InputStream in = Assets.class.getResourceAsStream("assets/" + name)) {
      if (in == null) {
        throw new IllegalStateException("missing dashboard asset " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
