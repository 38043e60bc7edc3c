package app.chris.app.api;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * Bearer-token check for {@code /api/*} (or a signed-in dashboard session that {@code session} admits), and for
 * {@code /metrics} when {@code METRICS_TOKEN} is set. Compares
 * SHA-256 digests with {@link MessageDigest#isEqual} so neither the token's content nor its length leaks through
 * timing. Thread-safe.
 */
final class AdminAuth {
  private final byte[] expected;
  private final Predicate<Context> session;

  AdminAuth(String adminToken, Predicate<Context> session) {
    this.expected = sha256(Objects.requireNonNull(adminToken, "adminToken"));
    this.session = Objects.requireNonNull(session, "session");
  }

  /** A token check only (no dashboard sessions), e.g. for {@code /metrics}. */
  AdminAuth(String token) {
    this(token, ctx -> false);
  }

  void require(Context ctx) {
    if (ctx.header("Authorization") == null && session.test(ctx)) {
      return;
    }
    require(ctx, "ADMIN_TOKEN", "the API");
  }

  /** Whether {@link #require(Context)} would let the request through; throws nothing. */
  boolean admits(Context ctx) {
    return ctx.header("Authorization") == null ? session.test(ctx) : bearer(ctx);
  }

  /** Refuses with 401 unless the request carries the token; the message names the token and what it opens. */
  void require(Context ctx, String tokenName, String what) {
    if (!bearer(ctx)) {
      ctx.header("WWW-Authenticate", "Bearer");
      throw new ApiException(401, "unauthorized",
          "Send 'Authorization: Bearer <" + tokenName + ">' to use " + what + ".");
    }
  }

  private boolean bearer(Context ctx) {
    String header = ctx.header("Authorization");
    String prefix = "Bearer ";
    return header != null && header.regionMatches(true, 0, prefix, 0, prefix.length())
        && MessageDigest.isEqual(expected, sha256(header.substring(prefix.length()).strip()));
  }

  private static byte[] sha256(String text) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every JVM", e);
    }
  }
}
