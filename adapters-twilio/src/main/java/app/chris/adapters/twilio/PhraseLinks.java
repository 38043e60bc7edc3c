package app.chris.adapters.twilio;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Short-lived links to Chris's phrase files for {@code <Play>}: {@code /twilio/phrases/{id}.wav?exp=..&sig=..},
 * where {@code sig} is HMAC-SHA256 over the id and the expiry (epoch seconds). The key is derived from
 * {@code TWILIO_AUTH_TOKEN}, which every instance behind the line shares, so a link minted by one instance checks
 * on another and after a restart; a per-process secret would not. Thread-safe; the key is never shown.
 */
public final class PhraseLinks {
  /** Long enough for Twilio to fetch a turn's lines (and fetch them again) while it plays that turn's TwiML. */
  public static final Duration LIFETIME = Duration.ofMinutes(10);
  private static final String ALGORITHM = "HmacSHA256";
  // Domain separation: the link key is not the auth token itself, nor usable as a Twilio webhook signature.
  private static final byte[] PURPOSE = "chris/phrase-links/v1".getBytes(StandardCharsets.UTF_8);

  private final byte[] key;
  private final Clock clock;

  private PhraseLinks(byte[] key, Clock clock) {
    this.key = key;
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * Links keyed by {@code authToken}. Without a token no webhook is accepted, so no link is ever handed out: a
   * random key then refuses every fetch.
   */
  public static PhraseLinks forAuthToken(String authToken, Clock clock) {
    byte[] secret = Objects.requireNonNull(authToken, "authToken").getBytes(StandardCharsets.UTF_8);
    if (secret.length == 0) {
      secret = new byte[32];
      new SecureRandom().nextBytes(secret);
    }
    return new PhraseLinks(hmac(secret, PURPOSE), clock);
  }

  /** The signed URL of phrase {@code id}, valid for {@link #LIFETIME} from now. */
  public String url(PublicUrls urls, String id) {
    long expires = clock.instant().plus(LIFETIME).getEpochSecond();
    return urls.phrase(id) + "?exp=" + expires + "&sig=" + signature(id, expires);
  }

  /** True when {@code sig} signs {@code id} with {@code exp} and that expiry has not passed. */
  public boolean valid(String id, Optional<String> exp, Optional<String> sig) {
    Optional<Long> expires = exp.flatMap(PhraseLinks::epochSeconds);
    if (expires.isEmpty() || sig.isEmpty() || clock.instant().getEpochSecond() > expires.get()) {
      return false;
    }
    byte[] expected = signature(id, expires.get()).getBytes(StandardCharsets.US_ASCII);
    return MessageDigest.isEqual(expected, sig.get().getBytes(StandardCharsets.US_ASCII));
  }

  private String signature(String id, long expires) {
    byte[] mac = hmac(key, (id + "\n" + expires).getBytes(StandardCharsets.UTF_8));
    return Base64.getUrlEncoder().withoutPadding().encodeToString(mac);
  }

  private static Optional<Long> epochSeconds(String text) {
    try {
      return Optional.of(Long.parseLong(text));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  private static byte[] hmac(byte[] key, byte[] message) {
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(new SecretKeySpec(key, ALGORITHM));
      return mac.doFinal(message);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
    }
  }
}
