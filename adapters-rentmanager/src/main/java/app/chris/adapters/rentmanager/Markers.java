package app.chris.adapters.rentmanager;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The idempotency marker written into a record's free text ("[Chris ref KEY]") so a retry can find what an
 * earlier attempt created: Rent Manager has no idempotency header and POST replies can be lost after the save.
 * Keys with characters that filters or staff might trip over are replaced by a hash.
 */
final class Markers {
  private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

  private Markers() {}

  static String of(String idempotencyKey) {
    String key = SAFE.matcher(idempotencyKey).matches() ? idempotencyKey : hash(idempotencyKey);
    return "[Chris ref " + key + "]";
  }

  /** Parses "P11"/"U2012"/"T1001" (our ids) back to Rent Manager's number. */
  static Optional<Long> number(String prefixedId, char kind) {
    if (prefixedId.length() < 2 || Character.toUpperCase(prefixedId.charAt(0)) != kind) {
      return Optional.empty();
    }
    try {
      return Optional.of(Long.parseLong(prefixedId.substring(1)));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  private static String hash(String key) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
      return "h" + HexFormat.of().formatHex(digest, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is always present", e);
    }
  }
}
