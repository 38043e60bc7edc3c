package app.chris.adapters.jdbi;

import app.chris.core.port.StreamTokens;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * {@link StreamTokens} in the {@code stream_tokens} table, shared by every instance on the database. Redemption
 * is one conditional UPDATE (unused and unexpired), so of concurrent redemptions on any instances exactly one
 * wins. Only the token's SHA-256 is stored. Rows are swept a while after they expire. Thread-safe.
 */
public final class JdbiStreamTokens implements StreamTokens {
  /** Used and expired rows are kept this long, so a late replay is told apart from a made-up token. */
  private static final Duration KEEP = Duration.ofMinutes(10);
  private final Jdbi jdbi;
  private final Clock clock;
  private final SecureRandom random = new SecureRandom();

  public JdbiStreamTokens(Database database, Clock clock) {
    this.jdbi = Objects.requireNonNull(database, "database").jdbi();
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public String issue(String callSid) {
    Objects.requireNonNull(callSid, "callSid");
    byte[] bytes = new byte[24];
    random.nextBytes(bytes);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    Instant now = Sql.now(clock);
    Failures.useTransaction(jdbi, h -> {
      h.createUpdate("DELETE FROM stream_tokens WHERE expires_at < :cutoff")
          .bind("cutoff", Sql.time(now.minus(KEEP))).execute();
      h.createUpdate("INSERT INTO stream_tokens (token_hash, call_sid, issued_at, expires_at) "
              + "VALUES (:hash, :callSid, :now, :expires)")
          .bind("hash", hash(token)).bind("callSid", callSid).bind("now", Sql.time(now))
          .bind("expires", Sql.time(now.plus(LIFETIME))).execute();
    });
    return token;
  }

  @Override
  public Redemption redeem(String token, String callSid) {
    if (token == null || callSid == null) {
      return Redemption.UNKNOWN;
    }
    String hash = hash(token);
    Instant now = Sql.now(clock);
    return Failures.inTransaction(jdbi, h -> {
      // A token presented for another call is burnt too: whoever holds it should not get a second try.
      boolean won = h.createUpdate("UPDATE stream_tokens SET used_at = :now "
              + "WHERE token_hash = :hash AND used_at IS NULL AND expires_at > :now")
          .bind("now", Sql.time(now)).bind("hash", hash).execute() == 1;
      Optional<Row> row = row(h, hash);
      if (row.isEmpty()) {
        return Redemption.UNKNOWN;
      }
      if (won) {
        return row.get().callSid().equals(callSid) ? Redemption.ACCEPTED : Redemption.WRONG_CALL;
      }
      return row.get().expiresAt().isAfter(now) ? Redemption.ALREADY_USED : Redemption.EXPIRED;
    });
  }

  private static Optional<Row> row(Handle h, String hash) {
    return h.createQuery("SELECT call_sid, expires_at FROM stream_tokens WHERE token_hash = :hash")
        .bind("hash", hash)
        .map((rs, ctx) -> new Row(rs.getString("call_sid"), Sql.instant(rs, "expires_at")))
        .findOne();
  }

  private static String hash(String token) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }

  private record Row(String callSid, Instant expiresAt) {}
}
