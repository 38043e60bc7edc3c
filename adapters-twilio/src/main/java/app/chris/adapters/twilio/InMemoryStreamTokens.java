package app.chris.adapters.twilio;

import app.chris.core.port.StreamTokens;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

/**
 * {@link StreamTokens} in one JVM's memory, for one server (several servers share the database-backed store).
 * Thread-safe: redemption is one atomic map update. Used tokens are kept until they expire so a replay is reported
 * as such, then swept.
 */
public final class InMemoryStreamTokens implements StreamTokens {
  private final Map<String, Entry> tokens = new ConcurrentHashMap<>();
  private final Clock clock;
  private final Duration ttl;
  private final SecureRandom random = new SecureRandom();

  public InMemoryStreamTokens(Clock clock) {
    this(clock, LIFETIME);
  }

  public InMemoryStreamTokens(Clock clock, Duration ttl) {
    this.clock = Objects.requireNonNull(clock, "clock");
    this.ttl = Objects.requireNonNull(ttl, "ttl");
    if (ttl.isNegative() || ttl.isZero()) {
      throw new IllegalArgumentException("ttl must be positive");
    }
  }

  @Override
  public String issue(String callSid) {
    Objects.requireNonNull(callSid, "callSid");
    Instant now = clock.instant();
    tokens.values().removeIf(e -> e.expiredAt(now));
    byte[] bytes = new byte[24];
    random.nextBytes(bytes);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    tokens.put(token, new Entry(callSid, now.plus(ttl), false));
    return token;
  }

  @Override
  public Redemption redeem(String token, String callSid) {
    if (token == null || callSid == null) {
      return Redemption.UNKNOWN;
    }
    Instant now = clock.instant();
    AtomicReference<Redemption> result = new AtomicReference<>(Redemption.UNKNOWN);
    tokens.computeIfPresent(token, (k, entry) -> {
      if (entry.expiredAt(now)) {
        result.set(Redemption.EXPIRED);
        return null;
      }
      if (entry.used()) {
        result.set(Redemption.ALREADY_USED);
        return entry;
      }
      // A token presented for another call is burnt too: whoever holds it should not get a second try.
      result.set(entry.callSid().equals(callSid) ? Redemption.ACCEPTED : Redemption.WRONG_CALL);
      return new Entry(entry.callSid(), entry.expiresAt(), true);
    });
    return result.get();
  }

  private record Entry(String callSid, Instant expiresAt, boolean used) {
    boolean expiredAt(Instant now) {
      return !now.isBefore(expiresAt);
    }
  }
}
