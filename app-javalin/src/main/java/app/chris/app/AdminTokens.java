package app.chris.app;

import java.security.SecureRandom;
import java.util.Base64;

/** Generates the admin token used when {@code ADMIN_TOKEN} is unset: 32 random bytes, URL-safe base64. */
final class AdminTokens {
  private static final SecureRandom RANDOM = new SecureRandom();

  private AdminTokens() {}

  static String generate() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
