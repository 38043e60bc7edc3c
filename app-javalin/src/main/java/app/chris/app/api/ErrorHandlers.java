package app.chris.app.api;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.util.Optional;
import org.eclipse.jetty.http.BadMessageException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Every error leaves as JSON {@code {"error","message"}}; a failure we did not expect is logged, never echoed. */
final class ErrorHandlers {
  private static final Logger LOG = LoggerFactory.getLogger(ErrorHandlers.class);

  private ErrorHandlers() {}

  static void register(RoutesConfig routes) {
    routes.exception(ApiException.class, (e, ctx) -> write(ctx, e.status(), e.code(), e.getMessage()));
    routes.exception(HttpResponseException.class, (e, ctx) -> write(ctx, e.getStatus(), code(e.getStatus()),
        message(e.getStatus())));
    routes.exception(Exception.class, (e, ctx) -> {
      Optional<Integer> malformed = malformedRequest(e);
      if (malformed.isPresent()) {
        LOG.debug("Malformed request on {} {}: {}", ctx.method(), ctx.path(), e.toString());
        int status = malformed.get();
        write(ctx, status, code(status), status == 400 ? "The request is malformed and could not be read."
            : message(status));
        return;
      }
      LOG.error("Unhandled error on {} {}", ctx.method(), ctx.path(), e);
      write(ctx, 500, "internal_error", "Something went wrong on our side; the error has been logged.");
    });
    routes.error(404, ctx -> {
      if (ctx.result() == null || ctx.result().isEmpty()) {
        write(ctx, 404, "not_found", "There is nothing at " + ctx.method() + " " + ctx.path() + ".");
      }
    });
  }

  static void write(Context ctx, int status, String code, String message) {
    ctx.status(status).json(WireFormat.ordered("error", code, "message", message));
  }

  /**
   * The 4xx status when Jetty refused what the client sent while a handler read it (a broken multipart or form body
   * arrives wrapped in a ServletException): the client's fault, not an internal error.
   */
  static Optional<Integer> malformedRequest(Throwable e) {
    Throwable t = e;
    for (int depth = 0; t != null && depth < 8; depth++, t = t.getCause()) {
      if (t instanceof BadMessageException) {
        int status = ((BadMessageException) t).getCode();
        return Optional.of(status >= 400 && status < 500 ? status : 400);
      }
    }
    return Optional.empty();
  }

  private static String code(int status) {
    return switch (status) {
      case 400 -> "bad_request";
      case 404 -> "not_found";
      case 405 -> "method_not_allowed";
      case 413 -> "body_too_large";
      case 415 -> "unsupported_media_type";
      case 429 -> "rate_limited";
      default -> "http_" + status;
    };
  }

  private static String message(int status) {
    return switch (status) {
      case 404 -> "There is nothing at this address.";
      case 405 -> "This address does not accept that method.";
      case 413 -> "The request body is too large.";
      case 429 -> "Too many requests from your address; try again shortly.";
      default -> "The request could not be handled (HTTP " + status + ").";
    };
  }
}
