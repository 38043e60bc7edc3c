package app.chris.app.api;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * Bearer-token check for {@code /api/*}, or a signed-in dashboard session that {@code session} admits. Compares
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

  void require(Context ctx) {
    if (ctx.header("Authorization") == null && session.test(ctx)) {
      return;
    }
    String header = ctx.header("Authorization");
    String prefix = "Bearer ";
    boolean ok = header != null && header.regionMatches(true, 0, prefix, 0, prefix.length())
        && MessageDigest.isEqual(expected, sha256(header.substring(prefix.length()).strip()));
    if (!ok) {
      ctx.header("WWW-Authenticate", "Bearer");
      throw new ApiException(401, "unauthorized", "Send 'Authorization: Bearer <ADMIN_TOKEN>' to use the API.");
    }
  }

  private static byte[] sha256(String text) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every JVM", e);
    }
  }
}
